package org.quire.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.QuireException;
import org.quire.service.Project;
import org.quire.service.nodes.NodeService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire node ...}: the code book. Nodes are addressed by path, {@code Parent/Child}. */
@Command(name = "node", description = "Create, change and list nodes (codes); address them as Parent/Child.",
        subcommands = {NodeCommands.Add.class, NodeCommands.Rename.class, NodeCommands.Describe.class,
                NodeCommands.Recolor.class, NodeCommands.Move.class, NodeCommands.Merge.class,
                NodeCommands.Delete.class, NodeCommands.ListNodes.class})
final class NodeCommands {
    @Command(name = "add", description = "Create a node, and any missing parents on its path.")
    static final class Add extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH", description = "e.g. Partnership/Trust")
        String path;

        @Option(names = "--description", paramLabel = "D", description = "What the node means.")
        String description;

        @Option(names = "--color", paramLabel = "#RRGGBB", description = "Its colour (default: the next of the palette).")
        String color;

        @Override
        int run(Project project, PrintWriter out) {
            NodeTree before = project.nodes().tree();
            if (before.find(path).isPresent()) {
                throw new QuireException("There is already a node '"
                        + before.path(before.find(path).get().id()) + "'");
            }
            Node node = project.nodes().createPath(path, description, color);
            out.println("Created node '" + project.nodes().tree().path(node.id()) + "'");
            return Cli.OK;
        }
    }

    @Command(name = "rename", description = "Rename a node; its children and codings stay with it.")
    static final class Rename extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;

        @Parameters(index = "2", paramLabel = "NEW_NAME")
        String newName;

        @Override
        int run(Project project, PrintWriter out) {
            Node node = project.nodes().find(path);
            Node renamed = project.nodes().rename(node.id(), newName);
            out.println("Renamed '" + path + "' to '" + project.nodes().tree().path(renamed.id()) + "'");
            return Cli.OK;
        }
    }

    @Command(name = "describe", description = "Set a node's description (what it means, so that it is applied consistently).")
    static final class Describe extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;

        @Parameters(index = "2", paramLabel = "DESCRIPTION")
        String description;

        @Override
        int run(Project project, PrintWriter out) {
            Node node = project.nodes().describe(project.nodes().find(path).id(), description);
            out.println("Described '" + project.nodes().tree().path(node.id()) + "'");
            return Cli.OK;
        }
    }

    @Command(name = "recolor", description = "Change a node's colour.")
    static final class Recolor extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;

        @Parameters(index = "2", paramLabel = "#RRGGBB")
        String color;

        @Override
        int run(Project project, PrintWriter out) {
            Node node = project.nodes().recolor(project.nodes().find(path).id(), color);
            out.println("Coloured '" + project.nodes().tree().path(node.id()) + "' " + node.color());
            return Cli.OK;
        }
    }

    @Command(name = "move", description = "Move a node, with its children, under another node or to the top level.")
    static final class Move extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Destination destination;

        static final class Destination {
            @Option(names = "--to", paramLabel = "PARENT_PATH", description = "The new parent.")
            String parent;

            @Option(names = "--top", description = "Move to the top level.")
            boolean top;
        }

        @Override
        int run(Project project, PrintWriter out) {
            NodeId node = project.nodes().find(path).id();
            NodeId parent = destination.top ? null : project.nodes().find(destination.parent).id();
            Node moved = project.nodes().move(node, parent);
            out.println("Moved '" + path + "' to '" + project.nodes().tree().path(moved.id()) + "'");
            return Cli.OK;
        }
    }

    @Command(name = "merge", description = {"Merge nodes into a target: their codings, children, themes and memo "
            + "entries move to it.", "Merging a node into itself or one of its descendants is refused."})
    static final class Merge extends ProjectCommand {
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "SOURCE_PATH", description = "The nodes to merge.")
        List<String> sources;

        @Option(names = "--into", required = true, paramLabel = "TARGET_PATH", description = "The node they merge into.")
        String target;

        @Override
        int run(Project project, PrintWriter out) {
            List<NodeId> ids = new ArrayList<>();
            for (String s : sources) {
                ids.add(project.nodes().find(s).id());
            }
            NodeService.MergeResult result = project.nodes().merge(ids, project.nodes().find(target).id());
            out.println("Merged " + Text.plural(result.nodesMerged(), "node", "nodes") + " into '"
                    + project.nodes().tree().path(result.target().id()) + "' ("
                    + Text.plural(result.codingsMoved(), "coding", "codings") + " moved)");
            return Cli.OK;
        }
    }

    @Command(name = "delete", description = "Delete a node with its child nodes and codings; prints what went.")
    static final class Delete extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;

        @Override
        int run(Project project, PrintWriter out) {
            Node node = project.nodes().find(path);
            String fullPath = project.nodes().tree().path(node.id());
            NodeService.DeletionImpact gone = project.nodes().delete(node.id()).impact();
            out.println("Deleted node '" + fullPath + "' with " + Text.plural(gone.descendants(), "child node",
                    "child nodes") + " and " + Text.plural(gone.codings(), "coding", "codings"));
            return Cli.OK;
        }
    }

    @Command(name = "list", description = {"Print the code book as a tree with reference counts.",
            "REFS and SOURCES are the node's own; the (ALL) columns include its descendants."})
    static final class ListNodes extends ProjectCommand {
        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            NodeTree tree = project.nodes().tree();
            Map<NodeId, NodeCounts> counts = project.nodes().counts();
            List<Rows.NodeRow> rows = new ArrayList<>();
            for (Node n : tree.depthFirst()) {
                NodeCounts c = counts.getOrDefault(n.id(), new NodeCounts(n.id(), 0, 0, 0, 0, 0, 0, 0, 0));
                rows.add(new Rows.NodeRow(n.id().value(), tree.path(n.id()), n.name(),
                        n.parentId() == null ? null : n.parentId().value(), tree.depth(n.id()), n.description(),
                        n.color(), c.references(), c.sources(), c.words(), c.aggregateReferences(),
                        c.aggregateSources(), c.aggregateWords()));
            }
            if (json.json) {
                Json.print(out, rows);
            } else if (rows.isEmpty()) {
                out.println("The code book is empty: add a node with 'quire node add'.");
            } else {
                printTree(out, rows);
            }
            return Cli.OK;
        }

        private static void printTree(PrintWriter out, List<Rows.NodeRow> rows) {
            int width = Math.max(4, rows.stream().mapToInt(r -> 2 * r.depth() + Text.width(r.name())).max().orElse(0));
            out.println(Text.pad("NODE", width) + "   REFS  (ALL)  SOURCES  (ALL)");
            for (Rows.NodeRow r : rows) {
                out.println(Text.pad("  ".repeat(r.depth()) + r.name(), width)
                        + String.format(Locale.ROOT, " %6d %6d %8d %6d", r.references(), r.aggregateReferences(), r.sources(),
                        r.aggregateSources()));
            }
        }
    }
}
