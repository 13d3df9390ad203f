package org.quire.cli;

import java.io.PrintWriter;
import java.util.List;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.coding.CodedPassage;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Coding passages at nodes, removing coding, and listing coded passages. */
final class CodingCommands {
    private CodingCommands() {
    }

    @Command(name = "code", description = "Code a passage of a source at a node: a range, occurrences of a text, "
            + "or the whole source.")
    static final class Code extends ProjectCommand {
        @Option(names = "--node", required = true, paramLabel = "PATH", description = "The node, e.g. Partnership/Trust.")
        String nodePath;

        @Option(names = "--source", required = true, paramLabel = "NAME", description = "The source.")
        String sourceName;

        @ArgGroup(exclusive = true, multiplicity = "1")
        What what;

        static final class What {
            @Option(names = "--range", paramLabel = "a:b", description = "Characters a to b (end exclusive).")
            Span range;

            @Option(names = "--match", paramLabel = "TEXT", description = "The first occurrence of TEXT (ignoring case).")
            String match;

            @Option(names = "--whole", description = "The whole source.")
            boolean whole;
        }

        @Option(names = "--all", description = "With --match: every occurrence, not just the first.")
        boolean all;

        @Option(names = "--create", description = "Create the node (and its parents) if it does not exist.")
        boolean create;

        @Override
        int run(Project project, PrintWriter out) {
            if (all && what.match == null) {
                throw new QuireException("--all goes with --match: it codes every occurrence of the text");
            }
            Source source = project.sources().find(sourceName);
            Node node = create ? project.nodes().createPath(nodePath, null, null) : project.nodes().find(nodePath);
            String at = " in '" + source.path() + "' at '" + project.nodes().tree().path(node.id()) + "'";
            if (what.match != null) {
                List<Coding> made = project.codings().codeMatches(source.id(), node.id(), what.match, all);
                out.println("Coded " + Text.plural(made.size(), "new passage", "new passages") + at
                        + (made.isEmpty() ? " (every occurrence was already coded there)" : ""));
                return Cli.OK;
            }
            Coding c = what.whole ? project.codings().codeWhole(source.id(), node.id())
                    : project.codings().code(source.id(), node.id(), what.range);
            out.println("Coded " + c.span() + at);
            return Cli.OK;
        }
    }

    @Command(name = "uncode", description = {"Remove coding from a passage: at one node, or at every node.",
            "Codings that reach beyond the range are trimmed, not removed."})
    static final class Uncode extends ProjectCommand {
        @Option(names = "--source", required = true, paramLabel = "NAME", description = "The source.")
        String sourceName;

        @Option(names = "--range", required = true, paramLabel = "a:b", description = "The passage to uncode.")
        Span range;

        @Option(names = "--node", paramLabel = "PATH", description = "Only this node (default: every node).")
        String nodePath;

        @Override
        int run(Project project, PrintWriter out) {
            Source source = project.sources().find(sourceName);
            Node node = nodePath == null ? null : project.nodes().find(nodePath);
            int changed = project.codings().uncode(source.id(), node == null ? null : node.id(), range);
            String where = range + " of '" + source.path() + "'" + (node == null ? ""
                    : " at '" + project.nodes().tree().path(node.id()) + "'");
            out.println(changed == 0 ? "Nothing was coded in " + where
                    : "Uncoded " + where + " (" + Text.plural(changed, "coding", "codings") + " removed or trimmed)");
            return Cli.OK;
        }
    }

    @Command(name = "codings", description = "List coded passages of a node, or of a source, with their text.")
    static final class Codings extends ProjectCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Of of;

        static final class Of {
            @Option(names = "--node", paramLabel = "PATH", description = "Passages coded at this node.")
            String nodePath;

            @Option(names = "--source", paramLabel = "NAME", description = "Passages coded in this source, at any node.")
            String sourceName;
        }

        @Option(names = "--descendants", description = "With --node: include passages coded at its descendants.")
        boolean descendants;

        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            if (descendants && of.nodePath == null) {
                throw new QuireException("--descendants goes with --node");
            }
            List<CodedPassage> passages = of.nodePath != null
                    ? project.codings().passages(project.nodes().find(of.nodePath).id(), descendants)
                    : project.codings().passagesInSource(project.sources().find(of.sourceName).id());
            List<Rows.PassageRow> rows = passages.stream().map(Codings::row).toList();
            if (json.json) {
                Json.print(out, rows);
            } else if (rows.isEmpty()) {
                out.println("No coded passages.");
            } else {
                for (Rows.PassageRow r : rows) {
                    out.println(r.source() + "  " + r.span().start() + ":" + r.span().end() + "  paragraph "
                            + r.paragraph() + (r.page() == null ? "" : "  page " + r.page()) + "  " + r.node());
                    out.println(Text.indent(r.text(), "    "));
                }
            }
            return Cli.OK;
        }

        private static Rows.PassageRow row(CodedPassage p) {
            Coding c = p.coding();
            return new Rows.PassageRow(c.id().value(), c.sourceId().value(), p.source().path(), c.nodeId().value(),
                    p.nodePath(), Rows.SpanRow.of(c.span()), p.paragraph(), p.page() > 0 ? p.page() : null, p.text(),
                    p.coder(), c.createdAt());
        }
    }
}
