package org.quire.model;

/** Database identity of a {@link MemoEntry}; stable within one project, never reused. */
public record MemoEntryId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
