package org.quire.service.nodes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.SampleProject;
import org.quire.service.search.SearchOptions;
import org.quire.service.search.Spread;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts cache must give exactly what a fresh computation gives, whichever service changed
 * the codings: each change is made on a warm cache, then the project is reopened (a cold cache)
 * and the two results compared.
 */
class NodeCountsCacheTest {
    @TempDir
    Path dir;

    @Test
    void cachedCountsEqualAFreshComputationAfterEveryKindOfChange() throws Exception {
        Path folder;
        try (Project sample = SampleProject.build(SampleProject.findManifest(Path.of("")), dir.resolve("S.quire"))) {
            folder = sample.folder();
        }
        List<Consumer<Project>> changes = List.of(
                p -> code(p, "Partnership working/Trust/Trust building", 10, 90),
                p -> code(p, "Community voice/Place and belonging", 0, 400),
                p -> p.codings().uncode(first(p).id(), null, new Span(0, 200)),
                p -> p.codings().codeMatches(first(p).id(), p.nodes().find("Data and measurement").id(), "the", true),
                p -> p.search().codeHits("residents", p.search().search("residents",
                        SearchOptions.defaults()).hits(), p.nodes().find("Community voice").id(), Spread.SENTENCE),
                p -> p.nodes().merge(List.of(p.nodes().find("Community voice/Place and belonging").id()),
                        p.nodes().find("Community voice/Listening to residents").id()),
                p -> p.sources().delete(first(p).id()),
                p -> p.nodes().delete(p.nodes().find("Data and measurement/Reporting burden").id()));
        for (Consumer<Project> change : changes) {
            Map<NodeId, NodeCounts> cached;
            try (Project p = Project.open(folder, "Tester")) {
                p.nodes().counts();
                change.accept(p);
                cached = p.nodes().counts();
            }
            try (Project p = Project.open(folder, "Tester")) {
                assertThat(cached).isEqualTo(p.nodes().counts());
            }
        }
    }

    private static Source first(Project p) {
        return p.sources().list().get(0);
    }

    private static void code(Project p, String path, int start, int end) {
        Node node = p.nodes().find(path);
        p.codings().code(first(p).id(), node.id(), new Span(start, end));
    }
}
