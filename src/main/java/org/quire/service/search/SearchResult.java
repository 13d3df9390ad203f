package org.quire.service.search;

import java.util.List;

/**
 * The hits of a search in source order, with totals over every hit even when {@code hits} is cut
 * at the requested limit.
 */
public record SearchResult(String query, List<SearchHit> hits, int totalHits, int totalSources) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    public boolean truncated() {
        return hits.size() < totalHits;
    }
}
