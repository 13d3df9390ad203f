package org.quire.model;

import java.time.Instant;

/**
 * A candidate or final theme. {@code definition} is its central organising concept;
 * {@code parentId} is set on sub-themes; {@code scopeIn} and {@code scopeOut} say what the theme
 * takes in and what it leaves out; {@code narrative} is formatted text (see {@link Narrative}).
 */
public record Theme(ThemeId id, String guid, ThemeId parentId, String name, ThemeStatus status,
                    String definition, String narrative, Instant createdAt, Instant updatedAt,
                    String scopeIn, String scopeOut) {
}
