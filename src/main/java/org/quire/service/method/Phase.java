package org.quire.service.method;

import java.time.Instant;
import java.util.List;

/**
 * One of Braun &amp; Clarke's six phases with what the project shows for it.
 *
 * @param number       1 to 6
 * @param measures     what was counted, e.g. "sources opened: 12 of 40"
 * @param lastActivity when the project last showed work of this phase; null if never
 */
public record Phase(int number, String name, String question, List<Measure> measures, Instant lastActivity) {
    /** One count; {@code of} is the total it is a part of, or null. */
    public record Measure(String label, long value, Long of) {
        public String text() {
            return label + ": " + value + (of == null ? "" : " of " + of);
        }
    }

    /** Whether anything of this phase has happened yet. */
    public boolean started() {
        return measures.stream().anyMatch(m -> m.value() > 0);
    }
}
