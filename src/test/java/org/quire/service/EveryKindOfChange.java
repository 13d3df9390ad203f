package org.quire.service;

import java.util.List;
import java.util.function.Consumer;
import org.quire.model.Node;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.search.SearchOptions;
import org.quire.service.search.Spread;

/**
 * Every kind of edit that changes codings or sources, on the sample project: the tests of the
 * kept results (node counts, coding aggregates) make each on warm caches and compare with a
 * freshly opened project.
 */
public final class EveryKindOfChange {
    private EveryKindOfChange() {
    }

    /** Code, uncode, code matches, code search hits, merge, rename and delete a source, delete a node. */
    public static List<Consumer<Project>> onTheSample() {
        return List.of(
                p -> code(p, "Partnership working/Trust/Trust building", 10, 90),
                p -> code(p, "Community voice/Place and belonging", 0, 400),
                p -> p.codings().uncode(first(p).id(), null, new Span(0, 200)),
                p -> p.codings().codeMatches(first(p).id(), p.nodes().find("Data and measurement").id(), "the", true),
                p -> p.search().codeHits("residents", p.search().search("residents",
                        SearchOptions.defaults()).hits(), p.nodes().find("Community voice").id(), Spread.SENTENCE),
                p -> p.nodes().merge(List.of(p.nodes().find("Community voice/Place and belonging").id()),
                        p.nodes().find("Community voice/Listening to residents").id()),
                p -> p.sources().rename(first(p).id(), "A renamed source"),
                p -> p.sources().delete(first(p).id()),
                p -> p.nodes().delete(p.nodes().find("Data and measurement/Reporting burden").id()));
    }

    private static Source first(Project p) {
        return p.sources().list().get(0);
    }

    private static void code(Project p, String path, int start, int end) {
        Node node = p.nodes().find(path);
        p.codings().code(first(p).id(), node.id(), new Span(start, end));
    }
}
