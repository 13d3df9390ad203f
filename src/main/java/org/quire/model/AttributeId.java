package org.quire.model;

/** Database identity of a {@link AttributeDefinition}; stable within one project, never reused. */
public record AttributeId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
