package org.quire.model;

/**
 * Reference counts for one node: its own, and aggregated over it and all its descendants.
 * Characters and words count the union of coded passages, so overlapping codings are not counted
 * twice; aggregated references count distinct passages (the same span coded at a parent and a
 * child counts once).
 */
public record NodeCounts(NodeId nodeId, int references, int sources, long characters, long words,
                         int aggregateReferences, int aggregateSources, long aggregateCharacters,
                         long aggregateWords) {
}
