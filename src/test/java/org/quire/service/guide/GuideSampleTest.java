package org.quire.service.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.service.Project;
import org.quire.service.SampleProject;
import org.quire.service.TestProjects;

/** The sample project is the guide's worked example: every phase points at something it really holds. */
class GuideSampleTest {
    @TempDir
    Path dir;

    @Test
    void everyPhasePointsAtAnObjectOfTheSampleAndOnlyTheSampleIsMarkedAsIt() throws Exception {
        try (Project sample = SampleProject.build(SampleProject.findManifest(Path.of("")), dir.resolve("Sample.quire"))) {
            assertThat(sample.guide().isSample()).isTrue();
            assertThat(sample.guide().shownOnOpen()).isFalse();
            for (GuidePhase p : sample.guide().phases()) {
                SampleStop stop = p.sample();
                switch (stop.kind()) {
                    case SOURCE -> assertThat(sample.sources().find(stop.name())).as(p.name()).isNotNull();
                    case NODE -> assertThat(sample.nodes().find(stop.name())).as(p.name()).isNotNull();
                    case THEME -> assertThat(sample.themes().find(stop.name())).as(p.name()).isNotNull();
                    default -> throw new AssertionError("no sample object of kind " + stop.kind());
                }
                assertThat(stop.says()).as(p.name()).contains(stop.name().substring(stop.name().lastIndexOf('/') + 1));
            }
            // The finished sample still gives the checks something to show: its candidate has no quotations yet.
            assertThat(sample.guide().checks()).extracting(GuideCheck::kind).contains(CheckKind.values());
        }
        try (Project own = TestProjects.create(dir)) {
            assertThat(own.guide().isSample()).isFalse();
        }
    }
}
