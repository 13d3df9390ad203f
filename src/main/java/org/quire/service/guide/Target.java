package org.quire.service.guide;

import org.quire.model.Span;

/**
 * What a guide item opens: a theme, a node, a source, or a passage of a source ({@code span} set).
 *
 * @param id the theme's, node's or source's id
 */
public record Target(Kind kind, long id, Span span) {
    public enum Kind { THEME, NODE, SOURCE, EXTRACT }

    public static Target theme(long id) {
        return new Target(Kind.THEME, id, null);
    }

    public static Target node(long id) {
        return new Target(Kind.NODE, id, null);
    }

    public static Target source(long id) {
        return new Target(Kind.SOURCE, id, null);
    }

    public static Target extract(long sourceId, Span span) {
        return new Target(Kind.EXTRACT, sourceId, span);
    }
}
