package org.quire.service.nodes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.service.Project;
import org.quire.service.EveryKindOfChange;
import org.quire.service.SampleProject;

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
        List<Consumer<Project>> changes = EveryKindOfChange.onTheSample();
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

}
