package org.quire.model;

import java.util.Locale;

/** The researcher's own verdict on one point of the checklist. */
public enum ChecklistStatus {
    DONE, PARTLY, NOT_YET;

    /** The word the front ends show and accept: "done", "partly", "not-yet". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status named {@code word} ("done", "partly", "not-yet" or "not_yet", any case); null if none. */
    public static ChecklistStatus parse(String word) {
        String w = word == null ? "" : word.strip().replace('-', '_').replace(' ', '_');
        for (ChecklistStatus s : values()) {
            if (s.name().equalsIgnoreCase(w)) {
                return s;
            }
        }
        return null;
    }
}
