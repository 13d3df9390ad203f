package org.quire.model;

import java.util.List;

/**
 * The normalised text of a source (Unicode NFC, {@code \n} line ends, no BOM) with its structure.
 *
 * @param paragraphs paragraph spans in reading order, covering the text without overlap
 * @param pages      page spans for paged formats (PDF), empty otherwise
 */
public record SourceText(SourceId sourceId, String text, List<Span> paragraphs, List<Span> pages) {
    public SourceText {
        paragraphs = List.copyOf(paragraphs);
        pages = List.copyOf(pages);
    }

    /** The 0-based index of the paragraph containing {@code offset}, or -1. */
    public int paragraphAt(int offset) {
        return indexAt(paragraphs, offset);
    }

    /** The 0-based index of the page containing {@code offset}, or -1 for unpaged text. */
    public int pageAt(int offset) {
        return indexAt(pages, offset);
    }

    /** The 0-based index of the span of {@code spans} (sorted, not overlapping) containing {@code offset}, or -1. */
    public static int indexAt(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spans.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    public String extract(Span span) {
        return text.substring(span.start(), span.end());
    }
}
