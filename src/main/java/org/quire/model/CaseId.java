package org.quire.model;

/** Database identity of a {@link CaseRecord}; stable within one project, never reused. */
public record CaseId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
