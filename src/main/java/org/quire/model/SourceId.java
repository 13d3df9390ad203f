package org.quire.model;

/** Database identity of a {@link Source}; stable within one project, never reused. */
public record SourceId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
