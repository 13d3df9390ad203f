package org.quire.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quire.model.MemoTarget;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.QuireException;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeStatus;
import org.quire.service.Project;
import org.quire.service.themes.ThemeEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quire theme ...}: themes through Braun &amp; Clarke's phases 3 to 5 — create, list, show,
 * change status with a reason, read the history; editing and the map are in
 * {@link ThemeEditCommands} and {@link ThemeMapCommands}.
 */
@Command(name = "theme", description = "Themes: create, define, review and map them (phases 3 to 5).",
        subcommands = {ThemeCommands.Add.class, ThemeCommands.ListThemes.class, ThemeCommands.Show.class,
                ThemeCommands.Status.class, ThemeCommands.History.class, ThemeEditCommands.Define.class,
                ThemeEditCommands.Scope.class, ThemeEditCommands.NarrativeCommand.class, ThemeEditCommands.NodeAdd.class,
                ThemeEditCommands.NodeRemove.class, ThemeEditCommands.Rename.class, ThemeEditCommands.Move.class,
                ThemeEditCommands.Delete.class, ThemeMapCommands.Link.class, ThemeMapCommands.Unlink.class,
                ThemeMapCommands.MapCommand.class})
final class ThemeCommands {
    private ThemeCommands() {
    }

    static ThemeStatus status(String word) {
        ThemeStatus s = ThemeStatus.parse(word);
        if (s == null) {
            throw new QuireException("Unknown status '" + word + "': use candidate, reviewed, defined, final or discarded");
        }
        return s;
    }

    @Command(name = "add", description = "Create a candidate theme, optionally fed by nodes or under a parent theme.")
    static final class Add extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME", description = "The theme's name.")
        String name;

        @Option(names = "--definition", paramLabel = "D", description = "Its central organising concept.")
        String definition;

        @Option(names = "--node", paramLabel = "PATH", description = "A node that feeds the theme; repeatable.")
        List<String> nodes = new ArrayList<>();

        @Option(names = "--parent", paramLabel = "THEME", description = "Make it a sub-theme of THEME.")
        String parent;

        @Override
        int run(Project project, PrintWriter out) {
            List<NodeId> ids = new ArrayList<>();
            for (String path : nodes) {
                ids.add(project.nodes().find(path).id());
            }
            ThemeId parentId = parent == null ? null : project.themes().find(parent).id();
            Theme theme = project.themes().create(name, definition, parentId, ids);
            out.println("Created candidate theme '" + theme.name() + "'"
                    + (ids.isEmpty() ? "" : " fed by " + Text.plural(ids.size(), "node", "nodes")));
            return Cli.OK;
        }
    }

    @Command(name = "status", description = {"Move a theme to another status, saying why.",
            "Statuses: candidate, reviewed, defined, final, discarded."})
    static final class Status extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "THEME")
        String theme;

        @Parameters(index = "2", paramLabel = "STATUS")
        String status;

        @Option(names = "--reason", required = true, paramLabel = "WHY", description = "Why; kept in the theme's history.")
        String reason;

        @Override
        int run(Project project, PrintWriter out) {
            Theme before = project.themes().find(theme);
            Theme after = project.themes().setStatus(before.id(), status(status), reason);
            out.println("Theme '" + after.name() + "': " + before.status().label() + " → " + after.status().label());
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "List themes with status, definition and nodes; sub-themes are indented.")
    static final class ListThemes extends ProjectCommand {
        @Mixin
        JsonOption json;

        @Option(names = "--status", paramLabel = "S", description = "Only themes with this status.")
        String status;

        @Override
        int run(Project project, PrintWriter out) {
            ThemeStatus only = status == null ? null : status(status);
            List<Theme> themes = project.themes().list();
            Map<ThemeId, Theme> byId = themes.stream().collect(Collectors.toMap(Theme::id, Function.identity()));
            NodeTree tree = project.nodes().tree();
            List<Rows.ThemeRow> rows = new ArrayList<>();
            for (Theme t : ordered(themes)) {
                if (only != null && t.status() != only) {
                    continue;
                }
                Theme parent = t.parentId() == null ? null : byId.get(t.parentId());
                rows.add(new Rows.ThemeRow(t.id().value(), t.name(), t.status().label(),
                        t.definition(), parent == null ? null : parent.id().value(), parent == null ? null : parent.name(),
                        project.themes().nodes(t.id()).stream().map(n -> tree.path(n.id())).sorted().toList()));
            }
            if (json.json) {
                Json.print(out, rows);
            } else if (rows.isEmpty()) {
                out.println(only == null ? "No themes yet: add one with 'quire theme add'."
                        : "No " + only.label() + " themes.");
            } else {
                for (Rows.ThemeRow r : rows) {
                    String indent = r.parentId() == null ? "" : "  ".repeat(depth(byId, byId.get(new ThemeId(r.id()))));
                    out.println(indent + r.name() + "  [" + r.status() + "]");
                    if (r.definition() != null && !r.definition().isEmpty()) {
                        out.println(Text.indent(r.definition(), indent + "    "));
                    }
                    r.nodes().forEach(n -> out.println(indent + "    node: " + n));
                }
            }
            return Cli.OK;
        }

        // Parents before their sub-themes, each level in name order.
        private static List<Theme> ordered(List<Theme> themes) {
            List<Theme> out = new ArrayList<>();
            addChildren(themes, null, out);
            return out;
        }

        private static void addChildren(List<Theme> themes, ThemeId parent, List<Theme> out) {
            themes.stream().filter(t -> Objects.equals(t.parentId(), parent))
                    .sorted(Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT)))
                    .forEach(t -> {
                        out.add(t);
                        addChildren(themes, t.id(), out);
                    });
        }

        private static int depth(Map<ThemeId, Theme> byId, Theme t) {
            int d = 0;
            for (Theme p = byId.get(t.parentId()); p != null && d < byId.size(); p = byId.get(p.parentId())) {
                d++;
            }
            return d;
        }
    }

    @Command(name = "show", description = "Everything about one theme: status, definition, scope, narrative, "
            + "sub-themes, nodes, memo and history.")
    static final class Show extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "THEME")
        String theme;

        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            Theme t = project.themes().find(theme);
            Theme parent = t.parentId() == null ? null : project.themes().get(t.parentId());
            NodeTree tree = project.nodes().tree();
            List<String> nodes = project.themes().nodes(t.id()).stream().map(n -> tree.path(n.id())).sorted().toList();
            List<String> subs = project.themes().subThemes(t.id()).stream().map(Theme::name).toList();
            List<Rows.MemoEntryRow> memo = project.memos().entries(new MemoTarget.OfTheme(t.id())).stream()
                    .map(e -> new Rows.MemoEntryRow(e.id().value(), e.at(), e.coder(), e.text())).toList();
            List<ThemeRows.EventRow> history = events(project.themes().statusHistory(t.id()));
            ThemeRows.ThemeDetail d = new ThemeRows.ThemeDetail(t.id().value(), t.name(), t.status().label(),
                    parent == null ? null : parent.id().value(), parent == null ? null : parent.name(), subs,
                    t.definition(), t.scopeIn(), t.scopeOut(), t.narrative(), nodes, memo, history);
            if (json.json) {
                Json.print(out, d);
                return Cli.OK;
            }
            out.println(d.name() + "  [" + d.status() + "]" + (d.parent() == null ? "" : "  sub-theme of '" + d.parent()
                    + "'"));
            section(out, "Definition", d.definition());
            section(out, "In scope", d.scopeIn());
            section(out, "Out of scope", d.scopeOut());
            section(out, "Narrative", d.narrative());
            if (!subs.isEmpty()) {
                out.println("Sub-themes:");
                subs.forEach(s -> out.println("    " + s));
            }
            out.println(nodes.isEmpty() ? "Nodes: none yet" : "Nodes:");
            nodes.forEach(n -> out.println("    " + n));
            if (!memo.isEmpty()) {
                out.println("Memo:");
                memo.forEach(e -> out.println("    " + Text.minute(e.at()) + "  " + e.coder() + "\n"
                        + Text.indent(e.text(), "        ")));
            }
            out.println("Status history:");
            history.forEach(e -> out.println("    " + line(e)));
            return Cli.OK;
        }

        private static void section(PrintWriter out, String title, String text) {
            if (text != null && !text.isBlank()) {
                out.println(title + ":");
                out.println(Text.indent(text, "    "));
            }
        }
    }

    @Command(name = "history", description = "A theme's timeline, oldest first: status changes with reasons, edits,"
            + " nodes, links and memo entries.")
    static final class History extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "THEME")
        String theme;

        @Option(names = "--status-only", description = "Only the creation and the status changes.")
        boolean statusOnly;

        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            Theme t = project.themes().find(theme);
            List<ThemeRows.EventRow> rows = events(statusOnly ? project.themes().statusHistory(t.id())
                    : project.themes().timeline(t.id()));
            if (json.json) {
                Json.print(out, rows);
            } else {
                rows.forEach(e -> out.println(line(e)));
            }
            return Cli.OK;
        }
    }

    static List<ThemeRows.EventRow> events(List<ThemeEvent> events) {
        return events.stream().map(e -> new ThemeRows.EventRow(e.at(), e.coder(), e.action(), e.summary(),
                e.from() == null ? null : e.from().label(), e.to() == null ? null : e.to().label(), e.reason())).toList();
    }

    static String line(ThemeRows.EventRow e) {
        String what;
        if (e.action().equals("theme.create")) {
            what = "created as candidate";
        } else if (e.to() != null) {
            what = e.from() + " → " + e.to() + (e.reason() == null || e.reason().isEmpty() ? "" : ": " + e.reason());
        } else {
            what = e.summary();
        }
        return Text.minute(e.at()) + "  " + e.coder() + "  " + what;
    }
}
