package org.quire.service.exchange;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.quire.model.Validation;
import org.quire.store.Guids;

/**
 * Names and GUIDs from another program made fit for Quire's rules: one line, not blank, at most
 * {@value Validation#MAX_NAME} characters, unique where Quire requires it; a GUID already taken in
 * the same table is replaced by a fresh one.
 */
final class RefiNames {
    private final Set<String> taken = new HashSet<>();

    /** The GUID to store: {@code guid} itself unless it is missing or was taken before. */
    String guid(String guid) {
        if (guid != null && taken.add(guid)) {
            return guid;
        }
        String fresh = Guids.next();
        taken.add(fresh);
        return fresh;
    }

    /** Marks a GUID as in use (one the project already had). */
    void take(String guid) {
        taken.add(guid);
    }

    /** A valid Quire name from {@code raw}, or {@code fallback} when it has no visible characters. */
    static String clean(String raw, String fallback) {
        String oneLine = raw == null ? "" : raw.replaceAll("\\p{Cntrl}+", " ").strip();
        if (oneLine.isEmpty()) {
            oneLine = fallback;
        }
        return oneLine.length() > Validation.MAX_NAME ? oneLine.substring(0, Validation.MAX_NAME).strip() : oneLine;
    }

    /**
     * {@code name}, or {@code name (2)}, {@code name (3)}… — the first that {@code exists} says is
     * free ({@code exists} decides whether case matters).
     */
    static String unique(String name, Predicate<String> exists) {
        String candidate = name;
        for (int n = 2; exists.test(candidate); n++) {
            String suffix = " (" + n + ")";
            candidate = (name.length() + suffix.length() > Validation.MAX_NAME
                    ? name.substring(0, Validation.MAX_NAME - suffix.length()) : name) + suffix;
        }
        return candidate;
    }
}
