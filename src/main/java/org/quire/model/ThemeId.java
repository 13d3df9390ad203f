package org.quire.model;

/** Database identity of a {@link Theme}; stable within one project, never reused. */
public record ThemeId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
