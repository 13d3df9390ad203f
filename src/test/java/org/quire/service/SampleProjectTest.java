package org.quire.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.AttributeScope;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeTree;
import org.quire.model.Source;

class SampleProjectTest {
    @TempDir
    Path dir;

    @Test
    void theSampleProjectBuildsWithEverySourceCodeAndMemo() throws Exception {
        Path manifest = SampleProject.findManifest(Path.of(""));
        try (Project p = SampleProject.build(manifest, dir.resolve("Sample.quire"))) {
            assertThat(p.sources().list()).hasSizeGreaterThanOrEqualTo(8)
                    .allSatisfy(s -> assertThat(s.wordCount()).isPositive());
            NodeTree tree = p.nodes().tree();
            assertThat(tree.size()).isGreaterThanOrEqualTo(20);
            assertThat(tree.depthFirst()).anySatisfy(n -> assertThat(tree.depth(n.id())).isEqualTo(2));
            assertThat(tree.depthFirst()).allSatisfy(n -> assertThat(n.description()).isNotBlank());
            int codings = p.sources().list().stream().mapToInt(s -> p.codings().bySource(s.id()).size()).sum();
            assertThat(codings).isGreaterThanOrEqualTo(50);
            assertThat(p.memos().entries(new MemoTarget.Journal())).hasSizeGreaterThanOrEqualTo(3);
            assertThat(p.themes().list()).isNotEmpty();
            assertThat(p.cases().list()).isNotEmpty();
            Source first = p.sources().list().get(0);
            assertThat(p.attributes().sourceValues(first)).containsKeys("data type", "date");
            assertThat(p.attributes().definitions(AttributeScope.CASE)).extracting(d -> d.name()).contains("sector");
            Node trust = p.nodes().find("Partnership working/Trust");
            assertThat(p.memos().entries(new MemoTarget.OfNode(trust.id()))).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theSampleBuiltIntoQuireGivesTheSameProjectAsTheCheckoutsCopy() throws Exception {
        try (Project bundled = SampleProject.build(dir.resolve("Bundled.quire"));
             Project checkout = SampleProject.build(SampleProject.findManifest(Path.of("")), dir.resolve("Checkout.quire"))) {
            assertThat(bundled.title()).isEqualTo(checkout.title());
            assertThat(bundled.sources().list()).extracting(Source::name, Source::wordCount)
                    .containsExactlyElementsOf(checkout.sources().list().stream()
                            .map(s -> org.assertj.core.groups.Tuple.tuple(s.name(), s.wordCount())).toList());
            assertThat(bundled.nodes().tree().size()).isEqualTo(checkout.nodes().tree().size());
        }
    }
}
