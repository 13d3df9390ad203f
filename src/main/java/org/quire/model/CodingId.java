package org.quire.model;

/** Database identity of a {@link Coding}; stable within one project, never reused. */
public record CodingId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
