package org.quire.service.coding;

import org.quire.model.Source;

/**
 * How much of one source is coded.
 *
 * @param codedChars characters inside at least one coding (overlaps counted once)
 * @param percent    codedChars as a percentage of the source's length, 0 to 100
 * @param codings    number of codings in the source
 * @param nodes      number of distinct nodes coding it
 */
public record SourceCoverage(Source source, long codedChars, double percent, int codings, int nodes) {
    public boolean uncoded() {
        return codings == 0;
    }
}
