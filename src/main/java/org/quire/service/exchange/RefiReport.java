package org.quire.service.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import from REFI-QDA did (Spec §7: the user is told which elements were discarded).
 *
 * @param origin     the producing software named in the file, or null
 * @param carried    how many of each kind of element arrived ("codes", "codings", …), in order
 * @param notCarried every element that could not be carried over, grouped, with the reason
 * @param outside    every path the file named outside the archive, and whether it was read or why not
 * @param warnings   deviations from the standard and guesses made (offset conventions, repairs)
 */
public record RefiReport(String origin, Map<String, Integer> carried, List<String> notCarried, List<String> outside,
                         List<String> warnings) {
    public RefiReport {
        carried = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(carried));
        notCarried = List.copyOf(notCarried);
        outside = List.copyOf(outside);
        warnings = List.copyOf(warnings);
    }

    /** The report as lines of text, as the CLI prints it and the workbench shows it. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("Imported from " + (origin == null || origin.isBlank() ? "an unnamed program" : origin) + ":");
        carried.forEach((what, n) -> out.add("  " + what + ": " + n));
        out.add(notCarried.isEmpty() ? "Everything in the file was carried over." : "Not carried over:");
        notCarried.forEach(l -> out.add("  - " + l));
        if (!outside.isEmpty()) {
            out.add("Files outside the archive:");
            outside.forEach(l -> out.add("  - " + l));
        }
        if (!warnings.isEmpty()) {
            out.add("Warnings:");
            warnings.forEach(l -> out.add("  - " + l));
        }
        return out;
    }

    /** Collects the report while an import runs; repeated reasons are counted, not repeated. */
    static final class Builder {
        private static final int MAX_WARNINGS = 200;
        private final String origin;
        private final Map<String, Integer> carried = new LinkedHashMap<>();
        private final Map<String, Integer> dropped = new LinkedHashMap<>();
        private final Map<String, Integer> warned = new LinkedHashMap<>();
        private final List<String> outside = new ArrayList<>();

        Builder(String origin) {
            this.origin = origin;
        }

        void carried(String what, int n) {
            if (n > 0) {
                carried.merge(what, n, Integer::sum);
            }
        }

        /** {@code what} is counted; keep it free of names so repeats group (put names in a separate call). */
        void dropped(String what, int n) {
            if (n > 0) {
                dropped.merge(what, n, Integer::sum);
            }
        }

        /** One path outside the archive: what it was, for what, and what happened to it. */
        void outside(String line) {
            outside.add(line);
        }

        void warn(String warning) {
            warned.merge(warning, 1, Integer::sum);
        }

        RefiReport build() {
            List<String> notCarried = new ArrayList<>();
            dropped.forEach((what, n) -> notCarried.add(n + " × " + what));
            List<String> warnings = new ArrayList<>();
            warned.forEach((w, n) -> {
                if (warnings.size() < MAX_WARNINGS) {
                    warnings.add(n > 1 ? w + " (" + n + " times)" : w);
                }
            });
            if (warned.size() > MAX_WARNINGS) {
                warnings.add("… and " + (warned.size() - MAX_WARNINGS) + " more warnings");
            }
            return new RefiReport(origin, carried, notCarried, outside, warnings);
        }
    }
}
