package org.quire.service.coding;

import org.quire.model.Coding;
import org.quire.model.Source;

/**
 * A coding with what a reader needs to see it: its source, the coded text and where it sits
 * (1-based paragraph, and page for paged sources, 0 when unknown) for citations.
 */
public record CodedPassage(Coding coding, Source source, String nodePath, String coder, String text, int paragraph,
                           int page) {
}
