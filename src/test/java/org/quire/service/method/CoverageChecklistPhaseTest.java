package org.quire.service.method;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.AuditEntry;
import org.quire.model.ChecklistStatus;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceFilter;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.model.ThemeStatus;
import org.quire.service.Project;
import org.quire.service.TestProjects;
import org.quire.service.coding.NodeCoverage;
import org.quire.service.coding.SourceCoverage;
import org.quire.service.queries.MatrixAxis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoverageChecklistPhaseTest {
    @TempDir
    Path dir;
    Project project;
    Source notes;
    Source minutes;
    Node trust;
    Node vision;

    @BeforeEach
    void setUp() throws Exception {
        project = TestProjects.create(dir);
        // 100 characters, so coded characters are percentages.
        notes = TestProjects.importText(project, dir, "notes.txt", "a".repeat(49) + " " + "b".repeat(50));
        minutes = TestProjects.importText(project, dir, "minutes.txt", "Apologies were received from the chair.");
        trust = project.nodes().create(null, "Trust", "", null);
        vision = project.nodes().create(null, "Vision", "", null);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void sourceCoverageIsTheUnionOfCodedRangesNotTheirSum() {
        project.codings().code(notes.id(), trust.id(), new Span(0, 30));
        project.codings().code(notes.id(), vision.id(), new Span(20, 40));
        project.codings().code(notes.id(), vision.id(), new Span(60, 70));

        SourceCoverage c = project.coverage().sources().stream().filter(s -> s.source().id().equals(notes.id()))
                .findFirst().orElseThrow();
        assertThat(c.codedChars()).isEqualTo(50);
        assertThat(c.percent()).isEqualTo(50.0);
        assertThat(c.codings()).isEqualTo(3);
        assertThat(c.nodes()).isEqualTo(2);
        assertThat(project.coverage().uncodedSources()).extracting(Source::name).containsExactly("minutes");
    }

    @Test
    void nodeCoverageCountsSourcesReferencesAndWords() {
        project.codings().code(notes.id(), trust.id(), new Span(0, 60));
        project.codings().code(minutes.id(), trust.id(), new Span(0, 9));

        NodeCoverage t = project.coverage().nodes().stream().filter(n -> n.path().equals("Trust")).findFirst()
                .orElseThrow();
        assertThat(t.sources()).isEqualTo(2);
        assertThat(t.references()).isEqualTo(2);
        assertThat(t.words()).isEqualTo(3);
    }

    @Test
    void checklistEvidenceForEqualAttentionListsTheUncodedSources() {
        project.codings().code(notes.id(), trust.id(), new Span(0, 30));

        ChecklistItem item = project.checklist().item(2);
        assertThat(item.point().process()).isEqualTo("Coding");
        assertThat(item.answer()).isNull();
        assertThat(item.evidence()).contains("1 of 2 sources have coding");
        assertThat(item.items()).containsExactly("uncoded: minutes");
    }

    @Test
    void checklistAnswersAreKeptWithWhoAndWhenAndTheirHistory() {
        project.checklist().answer(2, ChecklistStatus.PARTLY, "Minutes not coded yet.");
        project.checklist().answer(2, ChecklistStatus.DONE, null);

        ChecklistItem item = project.checklist().item(2);
        assertThat(item.answer().status()).isEqualTo(ChecklistStatus.DONE);
        assertThat(item.answer().answer()).isEqualTo("Minutes not coded yet.");
        assertThat(item.answer().coder()).isEqualTo(TestProjects.CODER);
        assertThat(project.checklist().history(2)).extracting(AuditEntry::summary)
                .containsExactly("Checklist point 2 (Coding): done", "Checklist point 2 (Coding): partly");
        assertThatThrownBy(() -> project.checklist().answer(16, ChecklistStatus.DONE, ""))
                .isInstanceOf(QuireException.class).hasMessageContaining("numbered 1 to 15");
        assertThat(project.checklist().items()).hasSize(15);
    }

    @Test
    void checklistEvidenceForReviewShowsMatricesBuiltAndStatusChanges() {
        project.codings().code(notes.id(), trust.id(), new Span(0, 30));
        Theme t = project.themes().create("Shared purpose", "", null, List.of(trust.id()));
        project.themes().setStatus(t.id(), ThemeStatus.REVIEWED, "checked in the matrix");
        MatrixAxis axis = project.matrices().axis("nodes:Trust,Vision", false);
        project.matrices().run(axis, axis);

        ChecklistItem item = project.checklist().item(5);
        assertThat(item.evidence()).anySatisfy(l -> assertThat(l).startsWith("1 matrices built"));
        assertThat(item.evidence()).anySatisfy(l -> assertThat(l).startsWith("1 theme status changes"));
    }

    @Test
    void thePhaseTrackerCountsWhatEachPhaseShows() {
        project.activity().sourceOpened(notes.id());
        project.activity().sourceOpened(notes.id());
        project.codings().code(notes.id(), trust.id(), new Span(0, 30));
        Theme t = project.themes().create("Shared purpose", "Pulling one way", null, List.of(trust.id()));
        project.themes().setNarrative(t.id(), "Some words here.");
        project.queries().run("\"Trust\"", SourceFilter.ALL);
        project.activity().record(org.quire.model.ActivityKind.EXPORT, "theme matrix to trust.xlsx");

        List<Phase> phases = project.phases().phases();
        assertThat(phases).extracting(Phase::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(measure(phases.get(0), "sources opened")).isEqualTo(new Phase.Measure("sources opened", 1, 2L));
        assertThat(measure(phases.get(1), "sources with coding").value()).isEqualTo(1);
        assertThat(measure(phases.get(1), "references").value()).isEqualTo(1);
        assertThat(measure(phases.get(2), "candidate themes").value()).isEqualTo(1);
        assertThat(measure(phases.get(3), "queries run").value()).isEqualTo(1);
        assertThat(measure(phases.get(3), "matrices built").value()).isZero();
        assertThat(measure(phases.get(4), "themes with a definition").value()).isEqualTo(1);
        assertThat(measure(phases.get(4), "themes with a narrative").value()).isEqualTo(1);
        assertThat(measure(phases.get(5), "exports made").value()).isEqualTo(1);
        assertThat(phases.get(5).lastActivity()).isNotNull();
        assertThat(phases.get(3).started()).isTrue();
    }

    private static Phase.Measure measure(Phase phase, String label) {
        return phase.measures().stream().filter(m -> m.label().equals(label)).findFirst().orElseThrow();
    }
}
