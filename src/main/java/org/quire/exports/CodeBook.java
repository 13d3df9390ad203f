package org.quire.exports;

import java.time.Instant;
import java.util.List;

/**
 * The code book as exported: every node depth first, with its description and counts.
 *
 * @param project the project's title
 * @param at      when it was exported
 */
public record CodeBook(String project, Instant at, List<Entry> nodes) {
    public CodeBook {
        nodes = List.copyOf(nodes);
    }

    /**
     * One node.
     *
     * @param depth               0 for a top-level node
     * @param references          its own coded passages
     * @param sources             sources with its own codings
     * @param words               words in its own coded text
     * @param aggregateReferences distinct passages coded at it or any descendant
     * @param aggregateSources    sources with codings at it or any descendant
     */
    public record Entry(String guid, String path, String name, int depth, String description, String color,
                        int references, int sources, long words, int aggregateReferences, int aggregateSources,
                        long aggregateWords) {
    }
}
