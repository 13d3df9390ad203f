package org.quire.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.service.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire memo add|show}: dated memo entries on a node, theme, source or the analysis journal. */
@Command(name = "memo", description = "Write and read memos: dated entries on a node, theme, source or the journal.",
        subcommands = {MemoCommands.Add.class, MemoCommands.Show.class})
final class MemoCommands {
    /** Which memo: exactly one of the four. */
    static final class Target {
        @Option(names = "--node", paramLabel = "PATH", description = "The memo of a node.")
        String node;

        @Option(names = "--theme", paramLabel = "NAME", description = "The memo of a theme.")
        String theme;

        @Option(names = "--source", paramLabel = "NAME", description = "The memo of a source.")
        String source;

        @Option(names = "--journal", description = "The project's 'notes on analysis' journal.")
        boolean journal;

        MemoTarget resolve(Project project) {
            if (node != null) {
                return new MemoTarget.OfNode(project.nodes().find(node).id());
            }
            if (theme != null) {
                return new MemoTarget.OfTheme(project.themes().find(theme).id());
            }
            if (source != null) {
                return new MemoTarget.OfSource(project.sources().find(source).id());
            }
            return new MemoTarget.Journal();
        }

        String describe() {
            if (node != null) {
                return "node '" + node + "'";
            }
            if (theme != null) {
                return "theme '" + theme + "'";
            }
            return source != null ? "source '" + source + "'" : "the journal";
        }
    }

    @Command(name = "add", description = "Add a dated entry to a memo (created on first use).")
    static final class Add extends ProjectCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The entry (words are joined).")
        List<String> words;

        @Override
        int run(Project project, PrintWriter out) {
            MemoEntry entry = project.memos().addEntry(target.resolve(project), String.join(" ", words));
            out.println("Added a memo entry to " + target.describe() + " (" + Text.minute(entry.at()) + ", "
                    + entry.coder() + ")");
            return Cli.OK;
        }
    }

    @Command(name = "show", description = "Print a memo's entries, newest first, with date, time and coder.")
    static final class Show extends ProjectCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            List<MemoEntry> entries = new ArrayList<>(project.memos().entries(target.resolve(project)));
            Collections.reverse(entries);
            if (json.json) {
                Json.print(out, entries.stream().map(Rows.MemoEntryRow::of).toList());
            } else if (entries.isEmpty()) {
                out.println("No memo entries for " + target.describe() + ".");
            } else {
                for (MemoEntry e : entries) {
                    out.println(Text.minute(e.at()) + "  " + e.coder());
                    out.println(Text.indent(e.text(), "    "));
                }
            }
            return Cli.OK;
        }
    }
}
