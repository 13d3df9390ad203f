package org.quire.service.queries;

import java.time.Instant;
import org.quire.model.SourceFilter;

/** A coding query kept under a name, to run again as the coding changes. */
public record SavedQuery(String name, String expression, SourceFilter filter, Instant createdAt, Instant updatedAt) {
}
