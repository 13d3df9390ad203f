package org.quire.model;

import java.time.Instant;

/** One passage of one source coded at one node (a 'reference' in NVivo, a 'quotation' in ATLAS.ti). */
public record Coding(CodingId id, String guid, SourceId sourceId, NodeId nodeId, Span span,
                     CoderId coderId, Instant createdAt) {
}
