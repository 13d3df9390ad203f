package org.quire.ui.common;

import org.quire.model.Node;

/** One line of the code book tree, with its counts: what the nodes pane lists and panels pick from. */
public record NodeRow(Node node, String path, int depth, int references, int aggregateReferences,
                      int aggregateSources) {
}
