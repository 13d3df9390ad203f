package org.quire.ui.common;

import org.quire.model.Node;

/**
 * One line of the code book tree, with its counts: what the nodes pane lists and panels pick from.
 * Counts are {@link #UNCOUNTED} while they are still being computed (the tree shows before them).
 */
public record NodeRow(Node node, String path, int depth, int references, int aggregateReferences,
                      int aggregateSources) {
    /** A count not known yet. */
    public static final int UNCOUNTED = -1;

    /** A row whose counts are still being computed. */
    public static NodeRow uncounted(Node node, String path, int depth) {
        return new NodeRow(node, path, depth, UNCOUNTED, UNCOUNTED, UNCOUNTED);
    }

    /** Whether the counts are known. */
    public boolean counted() {
        return aggregateReferences != UNCOUNTED;
    }
}
