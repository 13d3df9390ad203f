package org.quire.ui.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.quire.model.NodeId;
import org.quire.service.Project;
import org.quire.service.nodes.NodeMerges;
import org.quire.ui.common.NodeRow;
import org.quire.ui.common.UndoStack;
import org.quire.ui.common.Workbench;

/**
 * Code-book edits beyond rename, move and delete: merge (with its impact for the confirmation),
 * describe and recolour. Each is one undoable edit naming nodes by GUID.
 */
public final class NodeActions {
    private final Workbench workbench;
    private final Project project;

    public NodeActions(Workbench workbench) {
        this.workbench = workbench;
        this.project = workbench.project();
    }

    /** What merging {@code from} into {@code into} would move, for the confirmation. */
    public void mergeImpact(List<NodeRow> from, NodeRow into, Consumer<NodeMerges.Impact> then) {
        List<NodeId> ids = from.stream().map(r -> r.node().id()).toList();
        workbench.tasks().run("Counting", () -> project.nodes().mergeImpact(ids, into.node().id()), then,
                workbench::report);
    }

    /** The confirmation's words: how many nodes merge, how many codings and child nodes move. */
    public static String confirmation(List<NodeRow> from, NodeRow into, NodeMerges.Impact impact) {
        String names = from.size() == 1 ? "'" + from.get(0).path() + "'" : from.size() + " nodes";
        return "Merge " + names + " into '" + into.path() + "'? " + impact.codingsMoved()
                + (impact.codingsMoved() == 1 ? " coding moves" : " codings move")
                + (impact.childNodes() == 0 ? "" : ", and " + impact.childNodes()
                + (impact.childNodes() == 1 ? " child node goes" : " child nodes go") + " with them")
                + ". You can undo this (Ctrl+Z).";
    }

    /** Merges nodes into another; undo brings them back with their codings, memos and children. */
    public void merge(List<NodeRow> from, NodeRow into) {
        List<String> guids = new ArrayList<>(from.stream().map(r -> r.node().guid())
                .filter(g -> !g.equals(into.node().guid())).toList());
        if (guids.isEmpty()) {
            workbench.errorProperty().set("Choose at least one node besides '" + into.path() + "' to merge into it");
            return;
        }
        String target = into.node().guid();
        String what = guids.size() == 1 ? "'" + from.stream().filter(r -> r.node().guid().equals(guids.get(0)))
                .findFirst().map(NodeRow::path).orElse("") + "'" : guids.size() + " nodes";
        workbench.apply(new UndoStack.Edit() {
            private NodeMerges.Merged merged;

            @Override
            public String description() {
                return "merge of " + what + " into '" + into.path() + "'";
            }

            @Override
            public void redo() {
                List<NodeId> ids = guids.stream().map(g -> project.nodes().byGuid(g).id()).toList();
                merged = project.nodes().mergeRecorded(ids, project.nodes().byGuid(target).id());
            }

            @Override
            public void undo() {
                project.nodes().unmerge(merged);
            }
        });
    }

    /** Sets a node's description (what the code means, so that it is applied consistently). */
    public void describe(NodeRow row, String before, String description) {
        String guid = row.node().guid();
        String after = description == null ? "" : description.strip();
        if (after.equals(before == null ? "" : before.strip())) {
            return;
        }
        workbench.apply(edit("describe '" + row.path() + "'",
                () -> project.nodes().describe(project.nodes().byGuid(guid).id(), after),
                () -> project.nodes().describe(project.nodes().byGuid(guid).id(), before == null ? "" : before)));
    }

    /** Gives a node another colour (#RRGGBB). */
    public void recolour(NodeRow row, String before, String colour) {
        String guid = row.node().guid();
        if (colour.equalsIgnoreCase(before)) {
            return;
        }
        workbench.apply(edit("recolour '" + row.path() + "'",
                () -> project.nodes().recolor(project.nodes().byGuid(guid).id(), colour),
                () -> project.nodes().recolor(project.nodes().byGuid(guid).id(), before)));
    }

    private static UndoStack.Edit edit(String description, Runnable redo, Runnable undo) {
        return UndoStack.Edit.of(description, redo, undo);
    }
}
