package org.quire.model;

import java.time.Instant;

/**
 * A candidate or final theme. {@code definition} is its central organising concept;
 * {@code parentId} is set on sub-themes.
 */
public record Theme(ThemeId id, String guid, ThemeId parentId, String name, ThemeStatus status,
                    String definition, String narrative, Instant createdAt, Instant updatedAt) {
}
