package org.quire.model;

/** Where a coding is, without who made it or when: what counting and co-occurrence need. */
public record CodedSpan(NodeId nodeId, SourceId sourceId, Span span) {
}
