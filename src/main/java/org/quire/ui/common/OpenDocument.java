package org.quire.ui.common;

import java.util.List;
import org.fxmisc.richtext.model.StyledDocument;
import org.quire.model.Source;
import org.quire.model.SourceText;

/**
 * A source open in a document tab: its text and its coded passages. The passages are an unmodifiable
 * list, so that a background read may compare the codings it finds with those shown.
 *
 * <p>{@code styled}, when not null, is the text already split into paragraphs and styled with these
 * passages, built by the background read that opened the source so that the window thread only
 * hands it to the text area (a 200,000-character source took 60-110 ms of the window thread to split
 * and style). A document read again after an edit carries none: only the stretch whose codings
 * changed is restyled then.
 */
public record OpenDocument(Source source, SourceText text, List<Highlight> highlights,
                           StyledDocument<String, String, String> styled) {
    public OpenDocument {
        highlights = List.copyOf(highlights);
    }

    public OpenDocument(Source source, SourceText text, List<Highlight> highlights) {
        this(source, text, highlights, null);
    }
}
