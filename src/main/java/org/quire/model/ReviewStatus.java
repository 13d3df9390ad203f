package org.quire.model;

import java.util.Locale;

/** Where a review comment stands: not yet answered, answered by the researcher, or settled. */
public enum ReviewStatus {
    OPEN, ANSWERED, RESOLVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "open", "answered" or "resolved", naming the value refused. */
    public static ReviewStatus parse(String text) {
        for (ReviewStatus s : values()) {
            if (s.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return s;
            }
        }
        throw new QuireException("No review status '" + text + "': choose open, answered or resolved");
    }
}
