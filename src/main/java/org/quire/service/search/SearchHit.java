package org.quire.service.search;

import org.quire.model.Source;
import org.quire.model.Span;

/**
 * One row of a keyword-in-context table: where the hit is, and the text either side of it (within
 * its paragraph).
 *
 * @param paragraph 1-based paragraph number
 * @param page      1-based page number for paged sources (PDF), 0 otherwise
 * @param span      the hit's characters in the source text, {@code [start, end)} in UTF-16 units
 */
public record SearchHit(Source source, int paragraph, int page, Span span, String left, String hit, String right) {
}
