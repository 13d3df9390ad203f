package org.quire.model;

import java.util.List;

/**
 * The thematic map as it is drawn: a box per theme, sub-theme and node that feeds a theme (or is
 * linked), the structure lines (a sub-theme to its theme, a node to each theme it feeds), and the
 * typed links the user drew. Boxes are {@link #BOX_WIDTH} × {@link #BOX_HEIGHT} map units.
 */
public record ThemeMap(List<Box> boxes, List<Edge> structure, List<MapLink> links) {
    public static final double BOX_WIDTH = 190;
    public static final double BOX_HEIGHT = 52;

    /** The link labels offered first; any other one-line label is allowed too. */
    public static final List<String> STANDARD_LABELS = List.of("contradicts", "is part of", "leads to");

    public ThemeMap {
        boxes = List.copyOf(boxes);
        structure = List.copyOf(structure);
        links = List.copyOf(links);
    }

    /** What a box stands for, which decides how it is drawn. */
    public enum BoxKind {
        THEME, SUB_THEME, NODE
    }

    /**
     * One box.
     *
     * @param status the theme's status; null for a node
     * @param placed whether the user put it there (false: laid out automatically)
     */
    public record Box(MapElement element, BoxKind kind, String label, ThemeStatus status, double x, double y,
                      boolean placed) {
        public double centerX() {
            return x + BOX_WIDTH / 2;
        }

        public double centerY() {
            return y + BOX_HEIGHT / 2;
        }
    }

    /** A structure line from a part (sub-theme or node) to the theme it belongs to. */
    public record Edge(MapElement part, MapElement whole) {
    }

    /** The box for {@code e}, or null when it is not on the map. */
    public Box box(MapElement e) {
        for (Box b : boxes) {
            if (b.element().equals(e)) {
                return b;
            }
        }
        return null;
    }

    /** Width and height that hold every box with a margin. */
    public double width() {
        return boxes.stream().mapToDouble(b -> b.x() + BOX_WIDTH).max().orElse(0) + 40;
    }

    public double height() {
        return boxes.stream().mapToDouble(b -> b.y() + BOX_HEIGHT).max().orElse(0) + 40;
    }
}
