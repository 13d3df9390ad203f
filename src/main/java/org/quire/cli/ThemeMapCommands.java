package org.quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quire.model.MapElement;
import org.quire.model.MapLink;
import org.quire.model.QuireException;
import org.quire.model.ThemeMap;
import org.quire.service.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quire theme link|unlink|map}: the thematic map. A box is named {@code theme:NAME},
 * {@code node:PATH}, or just by name (a theme's, else a node path).
 */
final class ThemeMapCommands {
    private ThemeMapCommands() {
    }

    @Command(name = "link", description = {"Draw a typed link on the thematic map from one box to another.",
            "Boxes: theme:NAME, node:PATH, or a bare theme name. Labels: contradicts, is part of, leads to, or your own."})
    static final class Link extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FROM")
        String from;

        @Parameters(index = "2", paramLabel = "TO")
        String to;

        @Option(names = "--as", required = true, paramLabel = "LABEL", description = "What the link says, e.g. 'leads to'.")
        String label;

        @Override
        int run(Project project, PrintWriter out) {
            MapElement a = project.themeMap().element(from);
            MapElement b = project.themeMap().element(to);
            MapLink link = project.themeMap().link(a, b, label);
            out.println("Linked '" + project.themeMap().describe(a) + "' " + link.label() + " '"
                    + project.themeMap().describe(b) + "'");
            return Cli.OK;
        }
    }

    @Command(name = "unlink", description = "Remove a link from the thematic map (say --as when there are several).")
    static final class Unlink extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FROM")
        String from;

        @Parameters(index = "2", paramLabel = "TO")
        String to;

        @Option(names = "--as", paramLabel = "LABEL", description = "Which link, by its label.")
        String label;

        @Override
        int run(Project project, PrintWriter out) {
            MapElement a = project.themeMap().element(from);
            MapElement b = project.themeMap().element(to);
            for (MapLink l : project.themeMap().unlink(a, b, label)) {
                out.println("Removed link '" + project.themeMap().describe(a) + "' " + l.label() + " '"
                        + project.themeMap().describe(b) + "'");
            }
            return Cli.OK;
        }
    }

    @Command(name = "map", description = {"Print the thematic map, move a box, or export the map as SVG or PNG.",
            "Boxes you have not moved are laid out automatically (themes on top, their sub-themes and nodes below)."})
    static final class MapCommand extends ProjectCommand {
        @Option(names = "--move", paramLabel = "BOX", description = "The box to move (with --at).")
        String move;

        @Option(names = "--at", paramLabel = "X,Y", description = "Where its top-left corner goes, in map units.")
        String at;

        @Option(names = "--reset", paramLabel = "BOX", description = "Put a moved box back in its automatic place.")
        String reset;

        @Option(names = "--svg", paramLabel = "FILE", description = "Write the map as SVG.")
        Path svg;

        @Option(names = "--png", paramLabel = "FILE", description = "Write the map as PNG.")
        Path png;

        @Option(names = "--scale", paramLabel = "N", defaultValue = "2", description = "PNG scale, 1 to 4 (default 2).")
        double scale;

        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            if ((move == null) != (at == null)) {
                throw new QuireException("--move BOX and --at X,Y go together");
            }
            if (move != null) {
                MapElement e = project.themeMap().element(move);
                double[] xy = point(at);
                project.themeMap().move(e, xy[0], xy[1]);
                out.println("Moved '" + project.themeMap().describe(e) + "' to " + at.strip());
            }
            if (reset != null) {
                MapElement e = project.themeMap().element(reset);
                project.themeMap().resetPosition(e);
                out.println("Put '" + project.themeMap().describe(e) + "' back in its automatic place");
            }
            if (svg != null) {
                project.themeMap().exportSvg(svg);
                out.println("Wrote " + svg);
            }
            if (png != null) {
                project.themeMap().exportPng(png, scale);
                out.println("Wrote " + png);
            }
            if (move != null || reset != null || svg != null || png != null) {
                return Cli.OK;
            }
            print(project.themeMap().map(), out);
            return Cli.OK;
        }

        private void print(ThemeMap map, PrintWriter out) {
            List<ThemeRows.BoxRow> boxes = new ArrayList<>();
            for (ThemeMap.Box b : map.boxes()) {
                boxes.add(new ThemeRows.BoxRow(b.element().key(), b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        b.label(), b.status() == null ? null : b.status().label(), b.x(), b.y(), b.placed()));
            }
            List<ThemeRows.LinkRow> links = new ArrayList<>();
            for (MapLink l : map.links()) {
                links.add(new ThemeRows.LinkRow(map.box(l.from()).label(), map.box(l.to()).label(), l.label()));
            }
            if (json.json) {
                Json.print(out, new ThemeRows.MapRow(boxes, links));
                return;
            }
            if (boxes.isEmpty()) {
                out.println("The map is empty: add themes with 'quire theme add'.");
                return;
            }
            for (ThemeRows.BoxRow b : boxes) {
                out.println(String.format(Locale.ROOT, "%-10s %6.0f %6.0f%s  %s", b.kind(), b.x(), b.y(),
                        b.placed() ? "*" : " ", b.label()));
            }
            if (!links.isEmpty()) {
                out.println();
                links.forEach(l -> out.println(l.from() + "  —" + l.label() + "→  " + l.to()));
            }
        }

        private static double[] point(String text) {
            String[] parts = text.split(",");
            try {
                if (parts.length == 2) {
                    return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new QuireException("Position '" + text + "' is not X,Y (two numbers, e.g. 400,250)");
        }
    }
}
