package org.quire.model;

/**
 * Analysis work that changes nothing in the project but shows what phase it is in; the phase
 * tracker counts these.
 */
public enum ActivityKind {
    /** A source opened for reading (recorded once per source). */
    SOURCE_OPENED,
    /** A matrix coding query, theme matrix or framework matrix built. */
    MATRIX,
    /** A coding query run. */
    QUERY,
    /** A text search run. */
    SEARCH,
    /** A file exported (theme matrix, report, code book...). */
    EXPORT
}
