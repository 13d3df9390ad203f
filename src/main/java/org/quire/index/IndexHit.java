package org.quire.index;

/**
 * One match of a search: {@code [start, end)} of the source text (UTF-16 units), with the passage
 * it was found in so that a keyword-in-context row can be cut without reading the source.
 *
 * @param paragraph      0-based paragraph ordinal in the source
 * @param passageStart   offset of {@code passage}'s first character in the source text
 * @param passage        the text of the indexed passage (a paragraph or a piece of a long one)
 */
public record IndexHit(long sourceId, int paragraph, int start, int end, int passageStart, String passage) {
}
