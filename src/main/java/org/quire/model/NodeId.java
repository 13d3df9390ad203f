package org.quire.model;

/** Database identity of a {@link Node}; stable within one project, never reused. */
public record NodeId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
