package org.quire.service.queries;

import java.util.List;
import org.quire.model.Source;
import org.quire.model.Span;

/**
 * Where a coding query's passages are, in source order, before any text is read (see
 * {@link QueryService#find}).
 *
 * @param matches each passage's source and range, in the order a result list shows them
 * @param sources how many sources the matches lie in
 */
public record QueryMatches(String expression, List<Match> matches, int sources) {
    public QueryMatches {
        matches = List.copyOf(matches);
    }

    /** One passage's place: its source and its range of the source's text. */
    public record Match(Source source, Span span) {
    }
}
