package org.quire.ui.queries;

import org.quire.model.NodeId;
import org.quire.model.SourceFilter;
import org.quire.service.Project;

/**
 * What a search or word list looks at: every source, a folder, the sources with one attribute
 * value, or the text coded at a node (and its descendants).
 *
 * @param kind  which restriction
 * @param name  the folder, the attribute's name or the node's path (unused for ALL)
 * @param value the attribute's value (ATTRIBUTE only)
 */
public record Scope(Kind kind, String name, String value) {
    /** The kinds of restriction, as the pickers name them. */
    public enum Kind {
        ALL("All sources"), FOLDER("Folder"), ATTRIBUTE("Attribute value"), NODE("Text coded at node");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static final Scope ALL = new Scope(Kind.ALL, null, null);

    public Scope {
        kind = kind == null ? Kind.ALL : kind;
        name = name == null ? null : name.strip();
        value = value == null ? null : value.strip();
    }

    /**
     * The sources this scope lets through; a restriction with its name or value left empty is
     * refused with what is missing rather than quietly searching everything.
     */
    public SourceFilter filter() {
        return switch (kind) {
            case ALL, NODE -> SourceFilter.ALL;
            case FOLDER -> SourceFilter.ALL.inFolder(required(name, "a folder"));
            case ATTRIBUTE -> SourceFilter.ALL.where(required(name, "an attribute"), required(value,
                    "a value of '" + name + "'"));
        };
    }

    /** The node whose coded text is searched, resolved by path (in the background), or null. */
    public NodeId node(Project project) {
        return kind == Kind.NODE ? project.nodes().find(required(name, "a node")).id() : null;
    }

    /** "in folder 'Field notes'", for summaries; empty for all sources. */
    public String describe() {
        return switch (kind) {
            case ALL -> "";
            case FOLDER -> " in folder '" + name + "'";
            case ATTRIBUTE -> " where " + name + " = " + value;
            case NODE -> " coded at '" + name + "'";
        };
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new org.quire.model.QuireException("Choose " + what + " to restrict to, or choose All sources");
        }
        return text;
    }
}
