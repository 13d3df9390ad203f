package org.quire.ui.common;

import java.util.List;
import org.quire.model.Source;
import org.quire.model.SourceText;

/** A source open in a document tab: its text and its coded passages. */
public record OpenDocument(Source source, SourceText text, List<Highlight> highlights) {
}
