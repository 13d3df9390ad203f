package org.quire.model;

/** Database identity of a {@link Memo}; stable within one project, never reused. */
public record MemoId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
