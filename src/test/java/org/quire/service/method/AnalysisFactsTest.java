package org.quire.service.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.service.EveryKindOfChange;
import org.quire.service.Project;
import org.quire.service.SampleProject;
import org.quire.service.TestProjects;
import org.quire.store.Database;
import org.quire.store.ProjectLayout;
import org.quire.store.StatsStore;

/**
 * The phase tracker and the checklist count sources and nodes from the lists kept between calls
 * (the sources' list, the code book), not by reading every row. After every kind of change, made
 * on warm lists, those counts and dates must equal what SQL over the tables says.
 */
class AnalysisFactsTest {
    @TempDir
    Path dir;

    @Test
    void keptSourceAndNodeCountsEqualTheTablesAfterEveryKindOfChange() throws Exception {
        Path folder;
        try (Project sample = SampleProject.build(SampleProject.findManifest(Path.of("")), dir.resolve("S.quire"))) {
            folder = sample.folder();
        }
        List<Consumer<Project>> changes = new java.util.ArrayList<>(EveryKindOfChange.onTheSample());
        changes.add(p -> p.nodes().createPath("Made later/Its child", "", null));
        changes.add(p -> {
            try {
                TestProjects.importText(p, dir, "late.txt", "Imported after the others.");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (Consumer<Project> change : changes) {
            AnalysisFacts warm;
            try (Project p = Project.open(folder, "Tester")) {
                p.phases().facts();
                change.accept(p);
                warm = p.phases().facts();
            }
            try (Database db = Database.open(new ProjectLayout(folder))) {
                StatsStore.Count sources = db.read(tx -> tx.stats().sources());
                StatsStore.Count nodes = db.read(tx -> tx.stats().nodes());
                assertThat(warm.sources()).isEqualTo(sources);
                assertThat(warm.nodes()).isEqualTo(nodes);
                assertThat(sources.count()).isPositive();
            }
        }
    }
}
