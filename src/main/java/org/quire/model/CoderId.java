package org.quire.model;

/** Database identity of a {@link Coder}; stable within one project, never reused. */
public record CoderId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
