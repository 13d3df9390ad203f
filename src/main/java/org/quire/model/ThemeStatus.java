package org.quire.model;

/** Where a theme stands in Braun &amp; Clarke's phases 3 to 5. */
public enum ThemeStatus {
    CANDIDATE, REVIEWED, DEFINED, FINAL, DISCARDED
}
