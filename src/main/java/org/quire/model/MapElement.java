package org.quire.model;

/** A box on the thematic map: a theme (or sub-theme) or a node. */
public record MapElement(Kind kind, long id) {
    /** What the box stands for. */
    public enum Kind {
        THEME, NODE
    }

    public static MapElement of(ThemeId id) {
        return new MapElement(Kind.THEME, id.value());
    }

    public static MapElement of(NodeId id) {
        return new MapElement(Kind.NODE, id.value());
    }

    public ThemeId themeId() {
        return kind == Kind.THEME ? new ThemeId(id) : null;
    }

    public NodeId nodeId() {
        return kind == Kind.NODE ? new NodeId(id) : null;
    }

    /** A short stable key ("t12", "n7"), used for SVG ids and front-end bookkeeping. */
    public String key() {
        return (kind == Kind.THEME ? "t" : "n") + id;
    }
}
