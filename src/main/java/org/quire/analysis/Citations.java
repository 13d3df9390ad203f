package org.quire.analysis;

import org.quire.model.Source;
import org.quire.model.SourceText;

/** How an extract is cited: the source, its page when it has pages, and its paragraph. */
public final class Citations {
    private Citations() {
    }

    /** 1-based page of {@code offset}, or 0 for unpaged text. */
    public static int page(SourceText text, int offset) {
        return text.pageAt(offset) + 1;
    }

    /** 1-based paragraph of {@code offset} (0 only for a source without paragraphs). */
    public static int paragraph(SourceText text, int offset) {
        return text.paragraphAt(offset) + 1;
    }

    /** {@code Field notes/2019-03-02, p. 4, ¶ 12}; the page only for paged sources. */
    public static String cite(Source source, int page, int paragraph) {
        StringBuilder b = new StringBuilder(source.path());
        if (page > 0) {
            b.append(", p. ").append(page);
        }
        if (paragraph > 0) {
            b.append(", ¶ ").append(paragraph);
        }
        return b.toString();
    }
}
