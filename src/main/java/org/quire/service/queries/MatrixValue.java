package org.quire.service.queries;

/** What a matrix cell shows. */
public enum MatrixValue {
    /** Passages of the counted axis (the node side) that overlap the other side. */
    REFERENCES,
    /** Sources with such an overlap. */
    SOURCES,
    /** Words in the overlapping text, text coded twice counted once. */
    WORDS
}
