package org.quire.model;

import java.time.Instant;

/**
 * A review export as the project remembers it: what was made, when, by whom, and how far the audit
 * trail had got, so that what changed since can be read from the entries after it.
 *
 * @param auditPosition the highest audit entry id when the export was made
 */
public record ReviewPoint(long id, String guid, Instant at, String coder, Kind kind, String fileName,
                          long auditPosition) {

    /** The exports a supervisor reviews. */
    public enum Kind {
        REVIEW_PAGE("review page"), REPORT("Word report"), WORKBOOK("Excel workbook");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
