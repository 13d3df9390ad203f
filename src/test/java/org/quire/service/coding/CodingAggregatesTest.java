package org.quire.service.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Node;
import org.quire.model.SourceFilter;
import org.quire.service.Project;
import org.quire.service.EveryKindOfChange;
import org.quire.service.SampleProject;
import org.quire.service.queries.MatrixAxis;
import org.quire.service.search.WordOptions;

/**
 * Coverage, the phase and checklist counts, coding queries, matrices and word lists of coded text
 * read codings kept in memory and updated from each edit's changes. Whatever service changed the
 * codings or the sources, they must give exactly what a freshly opened project computes: each
 * change is made on warm caches, then the project is reopened (cold) and every result compared.
 */
class CodingAggregatesTest {
    @TempDir
    Path dir;

    @Test
    void everyViewOnWarmCachesEqualsAFreshProjectAfterEveryKindOfChange() throws Exception {
        Path folder;
        try (Project sample = SampleProject.build(SampleProject.findManifest(Path.of("")), dir.resolve("S.quire"))) {
            folder = sample.folder();
        }
        List<Consumer<Project>> changes = EveryKindOfChange.onTheSample();
        for (Consumer<Project> change : changes) {
            List<String> warm;
            try (Project p = Project.open(folder, "Tester")) {
                views(p);
                change.accept(p);
                warm = views(p);
            }
            try (Project p = Project.open(folder, "Tester")) {
                assertThat(warm).containsExactlyElementsOf(views(p));
            }
        }
    }

    /** What each view shows, as text; the activity counts (which every query adds to) are left out. */
    private static List<String> views(Project p) {
        List<String> out = new ArrayList<>();
        p.coverage().sources().forEach(s -> out.add(s.toString()));
        p.coverage().nodes().forEach(n -> out.add(n.toString()));
        p.phases().phases().forEach(ph -> ph.measures().stream()
                .filter(m -> !m.label().endsWith(" run") && !m.label().endsWith(" built"))
                .forEach(m -> out.add(ph.number() + " " + m)));
        p.checklist().items().get(1).evidence().forEach(out::add);
        p.checklist().items().get(2).evidence().forEach(out::add);
        List<String> top = p.nodes().tree().roots().stream().map(Node::name).map(n -> "\"" + n + "\"").toList();
        for (String op : List.of("AND", "OR", "NOT", "NEAR/PARA", "NEAR/40")) {
            String expression = top.get(0) + " " + op + " " + top.get(1);
            var r = p.queries().run(expression, SourceFilter.ALL);
            out.add(expression + " " + r.sources() + " " + r.words());
            r.passages().forEach(x -> out.add(x.source().id() + " " + x.span() + " " + x.paragraph() + " " + x.text()));
        }
        List<String> paths = top.stream().map(t -> t.substring(1, t.length() - 1)).toList();
        var m = p.matrices().run(new MatrixAxis.Nodes(paths, true), new MatrixAxis.Nodes(paths, true));
        for (int r = 0; r < m.rows().size(); r++) {
            out.add(java.util.Arrays.toString(m.references()[r]) + java.util.Arrays.toString(m.sources()[r])
                    + java.util.Arrays.toString(m.words()[r]));
        }
        Node node = p.nodes().tree().roots().get(0);
        p.words().words(WordOptions.defaults().top(20).inNode(node.id())).words().forEach(w -> out.add(w.toString()));
        return out;
    }

}
