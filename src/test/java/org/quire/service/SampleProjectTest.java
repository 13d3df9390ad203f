package org.quire.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.AttributeScope;
import org.quire.model.FrameworkMatrix;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.model.Theme;
import org.quire.model.ThemeMatrix;
import org.quire.model.ThemeStatus;

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
    void theSampleShowsAFinishedAnalysisWithEveryPartTheExportsCanHold() throws Exception {
        Path manifest = SampleProject.findManifest(Path.of(""));
        try (Project p = SampleProject.build(manifest, dir.resolve("Sample.quire"))) {
            List<Theme> themes = p.themes().list();
            assertThat(themes).extracting(Theme::status).contains(ThemeStatus.values());
            assertThat(themes).filteredOn(t -> t.parentId() != null).hasSizeGreaterThanOrEqualTo(2);
            assertThat(themes).filteredOn(t -> !t.narrative().isBlank()).hasSizeGreaterThanOrEqualTo(3);
            Theme discarded = themes.stream().filter(t -> t.status() == ThemeStatus.DISCARDED).findFirst().orElseThrow();
            assertThat(p.themes().statusHistory(discarded.id()).getLast().reason()).isNotBlank();
            // Every theme past candidate got there with a reason at each step.
            themes.stream().filter(t -> t.status() != ThemeStatus.CANDIDATE).forEach(t ->
                    assertThat(p.themes().statusHistory(t.id())).hasSizeGreaterThanOrEqualTo(2)
                            .allSatisfy(e -> assertThat(e.action().equals("theme.create") || !e.reason().isBlank())
                                    .isTrue()));

            List<ThemeMatrix> matrices = p.themeMatrices().matrices(List.of(), List.of());
            List<ThemeMatrix.Row> rows = matrices.stream().flatMap(m -> m.rows().stream()).toList();
            assertThat(rows).filteredOn(ThemeMatrix.Row::quote).hasSizeGreaterThanOrEqualTo(6);
            assertThat(rows).filteredOn(r -> r.quote() && !r.note().isBlank()).isNotEmpty();
            assertThat(rows).filteredOn(r -> !r.quote() && !r.note().isBlank()).isNotEmpty();
            // At least one theme in play has no quotation yet, so the report shows what it says then.
            assertThat(matrices).anySatisfy(m -> assertThat(m.rows()).noneMatch(ThemeMatrix.Row::quote));

            FrameworkMatrix f = p.frameworks().framework("sources", "themes");
            long summaries = f.cells().stream().flatMap(List::stream).filter(c -> !c.summary().isBlank()).count();
            assertThat(summaries).isGreaterThanOrEqualTo(3);
            assertThat(p.checklist().items()).filteredOn(i -> i.answer() != null).hasSizeGreaterThanOrEqualTo(5);
            List<Instant> themeMemoDates = themes.stream()
                    .flatMap(t -> p.memos().entries(new MemoTarget.OfTheme(t.id())).stream())
                    .map(MemoEntry::at).toList();
            assertThat(themeMemoDates).hasSizeGreaterThanOrEqualTo(8);
            // Dated across the phases: from the first themes of autumn 2017 to defining them in spring 2018.
            assertThat(themeMemoDates).anyMatch(at -> at.isBefore(Instant.parse("2018-01-01T00:00:00Z")))
                    .anyMatch(at -> at.isAfter(Instant.parse("2018-04-15T00:00:00Z")));
            assertThat(p.themeMap().map().links()).isNotEmpty();
            // The checklist's evidence agrees with the answers: the sources were read, matrices and searches run.
            assertThat(String.join("\n", p.checklist().item(1).evidence())).contains("11 of 11 sources opened");
            assertThat(String.join("\n", p.checklist().item(5).evidence())).doesNotContain("0 matrices built",
                    "0 queries run", "0 searches run");
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
