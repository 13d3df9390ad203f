package org.quire.ui.common;

import java.util.List;
import org.quire.model.Source;
import org.quire.model.SourceText;

/**
 * A source open in a document tab: its text and its coded passages. The passages are an unmodifiable
 * list, so that a background read may compare the codings it finds with those shown.
 */
public record OpenDocument(Source source, SourceText text, List<Highlight> highlights) {
    public OpenDocument {
        highlights = List.copyOf(highlights);
    }
}
