package org.quire.ui.nodes;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.service.Project;
import org.quire.service.coding.CodedPassage;
import org.quire.ui.common.NodeRow;
import org.quire.ui.common.Workbench;
import org.quire.ui.memos.MemoEditorViewModel;

/**
 * A node's detail tab: its description and colour (editable), its memo, and every passage coded at
 * it with its source and some words either side, each opening in its source.
 */
public final class NodeDetailViewModel {
    /** Characters of context shown either side of a passage. */
    public static final int CONTEXT = 90;

    /** A coded passage with the words around it. */
    public record PassageInContext(CodedPassage passage, String before, String after) {
    }

    private final Workbench workbench;
    private final NodeActions actions;
    private final Project project;
    private final String guid;
    private final ObservableList<PassageInContext> passages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper path = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper color = new ReadOnlyStringWrapper("#888888");
    private final MemoEditorViewModel memo;
    private final ChangeListener<Number> onRevision = (o, a, b) -> load();
    private String savedDescription = "";
    private NodeRow row;

    public NodeDetailViewModel(Workbench workbench, NodeActions actions, String nodeGuid, String name) {
        this.workbench = workbench;
        this.actions = actions;
        this.project = workbench.project();
        this.guid = nodeGuid;
        this.memo = new MemoEditorViewModel(workbench, "Memo",
                () -> new MemoTarget.OfNode(project.nodes().byGuid(nodeGuid).id()), ZoneId.systemDefault());
        path.set(name);
        workbench.revisionProperty().addListener(onRevision);
    }

    public ObservableList<PassageInContext> passages() {
        return passages;
    }

    public ReadOnlyStringProperty pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** "12 passages in 4 sources". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The description as being edited; {@link #saveDescription} stores it. */
    public StringProperty descriptionProperty() {
        return description;
    }

    public ReadOnlyStringProperty colorProperty() {
        return color.getReadOnlyProperty();
    }

    public MemoEditorViewModel memo() {
        return memo;
    }

    private record Loaded(Node node, String path, List<PassageInContext> passages) {
    }

    public void load() {
        workbench.tasks().run("Reading the node", () -> {
            Node node = project.nodes().byGuid(guid);
            List<CodedPassage> coded = project.codings().passages(node.id(), false);
            Map<SourceId, SourceText> texts = new HashMap<>();
            List<PassageInContext> out = new ArrayList<>(coded.size());
            for (CodedPassage p : coded) {
                SourceText t = texts.computeIfAbsent(p.source().id(), id -> project.sources().text(id));
                int s = p.coding().span().start();
                int e = p.coding().span().end();
                out.add(new PassageInContext(p, context(t.text(), Math.max(0, s - CONTEXT), s, true),
                        context(t.text(), e, Math.min(t.text().length(), e + CONTEXT), false)));
            }
            return new Loaded(node, project.nodes().tree().path(node.id()), out);
        }, loaded -> {
            path.set(loaded.path());
            color.set(loaded.node().color());
            savedDescription = loaded.node().description() == null ? "" : loaded.node().description();
            description.set(savedDescription);
            passages.setAll(loaded.passages());
            long sources = loaded.passages().stream().map(p -> p.passage().source().id()).distinct().count();
            summary.set(loaded.passages().size() + (loaded.passages().size() == 1 ? " passage" : " passages") + " in "
                    + sources + (sources == 1 ? " source" : " sources"));
            row = workbench.nodes().stream().filter(r -> r.node().guid().equals(guid)).findFirst().orElse(null);
        }, e -> {
            // The node is gone (deleted or merged): say so rather than show stale passages.
            passages.clear();
            summary.set("This node no longer exists");
        });
        memo.load();
    }

    // Context stops at a paragraph break: words from the next paragraph would mislead.
    private static String context(String text, int from, int to, boolean before) {
        String piece = text.substring(from, to);
        int cut = before ? piece.lastIndexOf('\n') : piece.indexOf('\n');
        if (cut >= 0) {
            piece = before ? piece.substring(cut + 1) : piece.substring(0, cut);
        }
        // Nor at a broken word: the context starts and ends with whole words.
        if (before && from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && cut < 0) {
            int space = piece.indexOf(' ');
            piece = space < 0 ? "" : piece.substring(space + 1);
        } else if (!before && to < text.length() && !Character.isWhitespace(text.charAt(to)) && cut < 0) {
            int space = piece.lastIndexOf(' ');
            piece = space < 0 ? "" : piece.substring(0, space);
        }
        return piece.replaceAll("\\s+", " ");
    }

    /** Stores the edited description (undoable). */
    public void saveDescription() {
        if (row != null) {
            actions.describe(row, savedDescription, description.get());
        }
    }

    public void recolour(String hex) {
        if (row != null) {
            actions.recolour(row, color.get(), hex);
        }
    }

    /** Opens the passage's source with the passage selected and scrolled into view. */
    public void open(PassageInContext p) {
        workbench.openAt(p.passage().source(), p.passage().coding().span());
    }

    /** Stops following the project (the tab was closed). */
    public void dispose() {
        workbench.revisionProperty().removeListener(onRevision);
        memo.dispose();
    }
}
