package org.quire.service.queries;

/**
 * A passage with the text either side of it, so a reader sees it in context: "…" marks where the
 * context stops short of the text's start or end.
 */
public record PassageWithContext(Passage passage, String left, String right) {

    /** Cuts up to {@code context} characters either side of the passage out of its source's text. */
    public static PassageWithContext cut(Passage passage, String text, int context) {
        int start = Math.min(passage.span().start(), text.length());
        int end = Math.min(passage.span().end(), text.length());
        int from = safe(text, Math.max(0, start - context));
        int to = safe(text, Math.min(text.length(), end + context));
        return new PassageWithContext(passage, (from > 0 ? "…" : "") + text.substring(from, start),
                text.substring(end, to) + (to < text.length() ? "…" : ""));
    }

    // Never cut a surrogate pair (an emoji) in half at the edge of the context.
    private static int safe(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
