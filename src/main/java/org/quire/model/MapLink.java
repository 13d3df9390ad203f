package org.quire.model;

import java.time.Instant;

/** A typed link drawn on the thematic map, e.g. 'contradicts', 'is part of', 'leads to' or the user's own. */
public record MapLink(long id, String guid, MapElement from, MapElement to, String label, Instant createdAt) {
}
