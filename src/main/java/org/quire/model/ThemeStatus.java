package org.quire.model;

import java.util.Locale;

/** Where a theme stands in Braun &amp; Clarke's phases 3 to 5. */
public enum ThemeStatus {
    CANDIDATE, REVIEWED, DEFINED, FINAL, DISCARDED;

    /** The lower-case word the front ends show and accept ("candidate", "final"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named {@code word}, ignoring case; null when there is none. */
    public static ThemeStatus parse(String word) {
        for (ThemeStatus s : values()) {
            if (s.name().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return s;
            }
        }
        return null;
    }
}
