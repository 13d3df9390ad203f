package org.quire.model;

import java.time.Instant;

/** A note attached to one passage of a source (a 'comment' in ATLAS.ti). */
public record Annotation(AnnotationId id, String guid, SourceId sourceId, Span span, String text,
                         String coder, Instant createdAt) {
}
