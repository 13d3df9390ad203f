package org.quire.model;

/** Database identity of a {@link Annotation}; stable within one project, never reused. */
public record AnnotationId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
