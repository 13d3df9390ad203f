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
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.service.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire theme add|list}: candidate themes with their definitions and the nodes that feed them. */
@Command(name = "theme", description = "Create and list themes.",
        subcommands = {ThemeCommands.Add.class, ThemeCommands.ListThemes.class})
final class ThemeCommands {
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

    @Command(name = "list", description = "List themes with status, definition and nodes; sub-themes are indented.")
    static final class ListThemes extends ProjectCommand {
        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            List<Theme> themes = project.themes().list();
            Map<ThemeId, Theme> byId = themes.stream().collect(Collectors.toMap(Theme::id, Function.identity()));
            NodeTree tree = project.nodes().tree();
            List<Rows.ThemeRow> rows = new ArrayList<>();
            for (Theme t : ordered(themes)) {
                Theme parent = t.parentId() == null ? null : byId.get(t.parentId());
                rows.add(new Rows.ThemeRow(t.id().value(), t.name(), t.status().name().toLowerCase(Locale.ROOT),
                        t.definition(), parent == null ? null : parent.id().value(), parent == null ? null : parent.name(),
                        project.themes().nodes(t.id()).stream().map(n -> tree.path(n.id())).sorted().toList()));
            }
            if (json.json) {
                Json.print(out, rows);
            } else if (rows.isEmpty()) {
                out.println("No themes yet: add one with 'quire theme add'.");
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
}
