package org.quire.service.queries;

import java.util.List;

/** The passages a coding query found, in source order, with how many sources and words they cover. */
public record QueryResult(String expression, List<Passage> passages, int sources, long words) {
    public QueryResult {
        passages = List.copyOf(passages);
    }
}
