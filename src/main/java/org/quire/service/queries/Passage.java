package org.quire.service.queries;

import org.quire.model.Source;
import org.quire.model.Span;

/**
 * A passage a query found: text of one source, which need not be one coding (an AND of two nodes
 * is where their codings overlap).
 *
 * @param paragraph 1-based paragraph of the start
 * @param page      1-based page for paged sources, 0 otherwise
 */
public record Passage(Source source, Span span, String text, int paragraph, int page) {
}
