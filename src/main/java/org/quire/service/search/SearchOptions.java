package org.quire.service.search;

import org.quire.model.NodeId;
import org.quire.model.SourceFilter;

/**
 * How to search.
 *
 * @param exact   match words as written (no stemming): 'volunteer' then does not find 'volunteers'
 * @param filter  which sources to search
 * @param inNode  only text coded at this node or its descendants, or null
 * @param context characters of context on each side of a hit in a keyword-in-context row
 * @param limit   at most this many rows are returned (the totals count every hit); 0 for all
 */
public record SearchOptions(boolean exact, SourceFilter filter, NodeId inNode, int context, int limit) {
    public static final int DEFAULT_CONTEXT = 60;

    public SearchOptions {
        filter = filter == null ? SourceFilter.ALL : filter;
        context = Math.max(0, context);
        limit = Math.max(0, limit);
    }

    public static SearchOptions defaults() {
        return new SearchOptions(false, SourceFilter.ALL, null, DEFAULT_CONTEXT, 0);
    }

    public SearchOptions exact(boolean e) {
        return new SearchOptions(e, filter, inNode, context, limit);
    }

    public SearchOptions filter(SourceFilter f) {
        return new SearchOptions(exact, f, inNode, context, limit);
    }

    public SearchOptions inNode(NodeId node) {
        return new SearchOptions(exact, filter, node, context, limit);
    }

    public SearchOptions limit(int max) {
        return new SearchOptions(exact, filter, inNode, context, max);
    }
}
