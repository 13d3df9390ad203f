package org.quire.model;

/** What a memo is about: the project as a whole (the analysis journal), a node, a theme or a source. */
public sealed interface MemoTarget {
    /** The project's 'notes on analysis' journal. */
    record Journal() implements MemoTarget {
    }

    record OfNode(NodeId nodeId) implements MemoTarget {
    }

    record OfTheme(ThemeId themeId) implements MemoTarget {
    }

    record OfSource(SourceId sourceId) implements MemoTarget {
    }
}
