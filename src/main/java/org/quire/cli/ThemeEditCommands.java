package org.quire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quire.model.QuireException;
import org.quire.model.Theme;
import org.quire.service.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire theme define|scope|narrative|node-add|node-remove|rename|move|delete}: editing one theme. */
final class ThemeEditCommands {
    private ThemeEditCommands() {
    }

    @Command(name = "define", description = "Set a theme's definition: its central organising concept.")
    static final class Define extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "THEME")
        String theme;

        @Parameters(index = "2..*", arity = "1..*", paramLabel = "TEXT", description = "The definition (words are joined).")
        List<String> words;

        @Override
        int run(Project project, PrintWriter out) {
            Theme t = project.themes().define(project.themes().find(theme).id(), String.join(" ", words));
            out.println("Defined theme '" + t.name() + "'");
            return Cli.OK;
        }
    }

    @Command(name = "scope", description = "Set what a theme takes in and what it leaves out.")
    static final class Scope extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "THEME")
        String theme;

        @Option(names = "--in", paramLabel = "TEXT", description = "What belongs to the theme.")
        String in;

        @Option(names = "--out", paramLabel = "TEXT", description = "What does not, and where it goes instead.")
        String outOfScope;

        @Override
        int run(Project project, PrintWriter out) {
            if (in == null && outOfScope == null) {
                throw new QuireException("Give --in, --out or both");
            }
            Theme t = project.themes().setScope(project.themes().find(theme).id(), in, outOfScope);
            out.println("Set the scope notes of theme '" + t.name() + "'");
            return Cli.OK;
        }
    }

    @Command(name = "narrative", description = {"Set a theme's narrative, written in Quire's Markdown subset",
            "(# heading, ## subheading, - bullet, > quoted extract, **bold**, *italic*; see docs/themes.md)."})
    static final class NarrativeCommand extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "THEME")
        String theme;

        @ArgGroup(multiplicity = "1")
        From from;

        static final class From {
            @Option(names = "--file", paramLabel = "FILE", description = "Read the narrative from a UTF-8 text file.")
            Path file;

            @Option(names = "--text", paramLabel = "TEXT", description = "The narrative itself.")
            String text;
        }

        @Override
        int run(Project project, PrintWriter out) {
            String text = from.text;
            if (from.file != null) {
                try {
                    text = Files.readString(from.file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new QuireException("Cannot read the narrative from " + from.file + ": " + e.getMessage(), e);
                }
            }
            Theme t = project.themes().setNarrative(project.themes().find(theme).id(), text);
            out.println("Set the narrative of theme '" + t.name() + "' (" + Text.plural(
                    org.quire.model.Narrative.wordCount(t.narrative()), "word", "words") + ")");
            return Cli.OK;
        }
    }

    @Command(name = "node-add", description = "Add nodes to a theme (a node may feed several themes).")
    static final class NodeAdd extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "THEME")
        String theme;

        @Parameters(index = "2..*", arity = "1..*", paramLabel = "PATH")
        List<String> paths;

        @Override
        int run(Project project, PrintWriter out) {
            Theme t = project.themes().find(theme);
            // Every path is checked before anything changes: a mistyped one leaves the theme as it was.
            List<org.quire.model.NodeId> nodes = paths.stream().map(path -> project.nodes().find(path).id()).toList();
            for (int i = 0; i < nodes.size(); i++) {
                String path = paths.get(i);
                project.themes().addNode(t.id(), nodes.get(i));
                out.println("Added '" + path + "' to theme '" + t.name() + "'");
            }
            return Cli.OK;
        }
    }

    @Command(name = "node-remove", description = "Remove nodes from a theme; the nodes and their codings stay.")
    static final class NodeRemove extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "THEME")
        String theme;

        @Parameters(index = "2..*", arity = "1..*", paramLabel = "PATH")
        List<String> paths;

        @Override
        int run(Project project, PrintWriter out) {
            Theme t = project.themes().find(theme);
            // Every path is checked before anything changes: a mistyped one leaves the theme as it was.
            List<org.quire.model.NodeId> nodes = paths.stream().map(path -> project.nodes().find(path).id()).toList();
            for (int i = 0; i < nodes.size(); i++) {
                String path = paths.get(i);
                project.themes().removeNode(t.id(), nodes.get(i));
                out.println("Removed '" + path + "' from theme '" + t.name() + "'");
            }
            return Cli.OK;
        }
    }

    @Command(name = "rename", description = "Rename a theme; its history, nodes and memo stay with it.")
    static final class Rename extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "THEME")
        String theme;

        @Parameters(index = "2", paramLabel = "NEW_NAME")
        String newName;

        @Override
        int run(Project project, PrintWriter out) {
            Theme before = project.themes().find(theme);
            Theme after = project.themes().rename(before.id(), newName);
            out.println("Renamed theme '" + before.name() + "' to '" + after.name() + "'");
            return Cli.OK;
        }
    }

    @Command(name = "move", description = "Make a theme a sub-theme of another, or a top-level theme.")
    static final class Move extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "THEME")
        String theme;

        @ArgGroup(multiplicity = "1")
        Where where;

        static final class Where {
            @Option(names = "--under", paramLabel = "PARENT", description = "The theme to go under.")
            String under;

            @Option(names = "--top", description = "Make it a top-level theme.")
            boolean top;
        }

        @Override
        int run(Project project, PrintWriter out) {
            Theme t = project.themes().find(theme);
            Theme moved = project.themes().setParent(t.id(), where.top ? null : project.themes().find(where.under).id());
            out.println(moved.parentId() == null ? "Theme '" + moved.name() + "' is now a top-level theme"
                    : "Theme '" + moved.name() + "' is now a sub-theme of '" + where.under.strip() + "'");
            return Cli.OK;
        }
    }

    @Command(name = "delete", description = "Delete a theme with its memo and map links; its sub-themes move up.")
    static final class Delete extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "THEME")
        String theme;

        @Override
        int run(Project project, PrintWriter out) {
            Theme t = project.themes().find(theme);
            int subs = project.themes().subThemes(t.id()).size();
            project.themes().delete(t.id());
            out.println("Deleted theme '" + t.name() + "'" + (subs == 0 ? ""
                    : "; its " + Text.plural(subs, "sub-theme", "sub-themes") + " moved up"));
            return Cli.OK;
        }
    }
}
