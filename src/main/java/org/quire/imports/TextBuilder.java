package org.quire.imports;

import java.util.ArrayList;
import java.util.List;
import org.quire.model.Span;

/**
 * Assembles the text of a structured document (Word, PDF, HTML) paragraph by paragraph, recording
 * paragraph and page spans as it goes. Paragraphs are separated by a blank line so that the text
 * reads the same in any plain-text export.
 */
public final class TextBuilder {
    private static final String SEPARATOR = "\n\n";

    private final StringBuilder text = new StringBuilder();
    private final List<Span> paragraphs = new ArrayList<>();
    private final List<Span> pages = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final int maxChars;
    private int pageFirstParagraph = -1;

    public TextBuilder(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Adds one paragraph; blank ones are skipped. The text is normalised here. */
    public TextBuilder paragraph(String raw) {
        String p = TextNormalizer.normalize(raw).strip();
        if (p.isEmpty()) {
            return this;
        }
        int separator = text.isEmpty() ? 0 : SEPARATOR.length();
        if ((long) text.length() + separator + p.length() > maxChars) {
            throw new TextTooLongException(maxChars);
        }
        if (separator > 0) {
            text.append(SEPARATOR);
        }
        int start = text.length();
        text.append(p);
        paragraphs.add(new Span(start, text.length()));
        return this;
    }

    /** Starts a new page; the paragraphs added until {@link #endPage()} belong to it. */
    public TextBuilder startPage() {
        pageFirstParagraph = paragraphs.size();
        return this;
    }

    /** Ends the current page. A page with no text gets an empty span so page numbers stay right. */
    public TextBuilder endPage() {
        if (pageFirstParagraph < 0) {
            throw new IllegalStateException("endPage without startPage");
        }
        int start = paragraphs.size() > pageFirstParagraph
                ? paragraphs.get(pageFirstParagraph).start() : text.length();
        pages.add(new Span(start, text.length()));
        pageFirstParagraph = -1;
        return this;
    }

    public TextBuilder warn(String warning) {
        warnings.add(warning);
        return this;
    }

    /** Thrown when a document's text passes the import limit; importers turn it into a clear error. */
    public static final class TextTooLongException extends RuntimeException {
        public TextTooLongException(int maxChars) {
            super("the text is longer than the limit of " + maxChars + " characters");
        }
    }

    public int length() {
        return text.length();
    }

    public ImportedText build(String title, String format, String encoding) {
        return new ImportedText(title, format, encoding, text.toString(), paragraphs, pages, warnings);
    }
}
