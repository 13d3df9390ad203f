package org.quire.service.coding;

import org.quire.model.Node;

/** One node's reach: sources it codes, references (codings) and words coded (overlaps counted once); own codings only. */
public record NodeCoverage(Node node, String path, int sources, int references, long words) {
}
