package org.quire.service.themes;

import java.time.Instant;
import org.quire.model.ThemeStatus;

/**
 * One dated event in a theme's history, read from the audit trail.
 *
 * @param action  the audit action, e.g. "theme.create", "theme.status", "theme.define"
 * @param summary one readable sentence
 * @param from    the status before, for a status change; null otherwise
 * @param to      the status after, for a creation or a status change; null otherwise
 * @param reason  why the status changed, for a status change; null otherwise
 */
public record ThemeEvent(Instant at, String coder, String action, String summary, ThemeStatus from, ThemeStatus to,
                         String reason) {
    /** Whether this event moved the theme to a new status (its creation counts: it became a candidate). */
    public boolean isStatusChange() {
        return to != null;
    }
}
