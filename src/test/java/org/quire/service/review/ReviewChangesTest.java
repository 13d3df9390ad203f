package org.quire.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.ChecklistStatus;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.ReviewPoint;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.model.ThemeStatus;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;
import org.quire.service.review.ReviewChangeList.State;
import org.quire.service.review.ReviewChangeList.ThemeChanges;

/** What changed since the last review, on a real project: every kind of edit after a review export. */
class ReviewChangesTest {
    @TempDir
    Path dir;

    private Path export(Project p, ExportOptions.Format f, ExportOptions.What w, String name) {
        return p.exports().export(ExportOptions.of(f, w), dir.resolve(name));
    }

    @Test
    void withoutAReviewExportThereIsNothingToCompareWith() throws Exception {
        ReviewFixture f = new ReviewFixture(dir);
        try (Project p = f.project) {
            export(p, ExportOptions.Format.XLSX, ExportOptions.What.CODEBOOK, "codes.xlsx");
            assertThat(p.reviewChanges().points()).isEmpty();
            assertThat(p.reviewChanges().sinceLast()).isEmpty();
            assertThatThrownBy(() -> p.reviewChanges().since("last")).hasMessageContaining("No review point yet");
        }
    }

    @Test
    void eachReviewExportRecordsAPointAtTheAuditTrailsPosition() throws Exception {
        ReviewFixture f = new ReviewFixture(dir);
        try (Project p = f.project) {
            export(p, ExportOptions.Format.DOCX, ExportOptions.What.REPORT, "report.docx");
            export(p, ExportOptions.Format.HTML, ExportOptions.What.REPORT, "review.html");
            export(p, ExportOptions.Format.XLSX, ExportOptions.What.THEMES, "themes.xlsx");
            List<ReviewPoint> points = p.reviewChanges().points();
            assertThat(points).extracting(ReviewPoint::kind).containsExactly(ReviewPoint.Kind.REPORT,
                    ReviewPoint.Kind.REVIEW_PAGE, ReviewPoint.Kind.WORKBOOK);
            assertThat(points).extracting(ReviewPoint::fileName).containsExactly("report.docx", "review.html",
                    "themes.xlsx");
            assertThat(points.get(2).auditPosition()).isGreaterThan(points.get(1).auditPosition());
            // The position before the export read the project: the entry noting the export before it.
            assertThat(points.get(2).auditPosition()).isEqualTo(p.audit().recent(2).get(1).id());
            assertThat(p.audit().recent(2).get(1).action()).isEqualTo("project.export");
            assertThat(points.get(0).coder()).isEqualTo(org.quire.service.TestProjects.CODER);
            // Nothing edited since the last one.
            assertThat(p.reviewChanges().since("last").isEmpty()).isTrue();
        }
    }

    @Test
    void theFrameworkWorkbookIsAReviewExportAndWhatItsThemesHadIsWhatTheNextListComparesWith() throws Exception {
        ReviewFixture f = new ReviewFixture(dir);
        try (Project p = f.project) {
            export(p, ExportOptions.Format.XLSX, ExportOptions.What.FRAMEWORK, "framework.xlsx");
            List<ReviewPoint> points = p.reviewChanges().points();
            assertThat(points).extracting(ReviewPoint::kind).containsExactly(ReviewPoint.Kind.WORKBOOK);
            assertThat(points).extracting(ReviewPoint::fileName).containsExactly("framework.xlsx");
            // Every extract the workbook showed is kept with the point: nothing is listed as new.
            assertThat(p.reviewChanges().since("last").isEmpty()).isTrue();

            Coding kept = p.codings().code(f.source.id(), f.rota.id(), span("stayed late", "rota"));
            ReviewChangeList changes = p.reviewChanges().since("last");
            assertThat(changes.since().fileName()).isEqualTo("framework.xlsx");
            assertThat(changes.themes()).singleElement().satisfies(t -> {
                assertThat(t.name()).isEqualTo("Everyday care");
                assertThat(t.extractsAdded()).extracting(ReviewChangeList.Extract::codingGuid)
                        .containsExactly(kept.guid());
                assertThat(t.extractsRemoved()).isEmpty();
            });
        }
    }

    @Test
    void everyKindOfEditSinceTheReviewIsListedExactly() throws Exception {
        ReviewFixture f = new ReviewFixture(dir);
        try (Project p = f.project) {
            Node weather = p.nodes().createPath("Misc/Weather", "", null);
            Node tea = p.nodes().createPath("Everyday/Tea break", "Talk over tea", null);
            Coding teaCoding = p.codings().code(f.source.id(), tea.id(), span("the board", "budget"));
            Theme kettleDiplomacy = p.themes().find("Kettle diplomacy");
            export(p, ExportOptions.Format.DOCX, ExportOptions.What.REPORT, "report.docx");

            p.themes().rename(f.power.id(), "Power made elsewhere");
            p.themes().setStatus(f.power.id(), ThemeStatus.DISCARDED, "Folded into Everyday care");
            p.themes().setStatus(f.care.id(), ThemeStatus.REVIEWED, "Checked against all field notes");
            p.themes().define(f.care.id(), "Small unasked acts that keep the partnership together");
            p.themes().setNarrative(f.care.id(), "Care shows in **small** things.\n\nNobody asks for it, ever.");
            Theme leadership = p.themes().create("Informal leadership", "Leading without a title", null, List.of());
            Theme gone = p.themes().create("Short-lived", "", null, List.of());
            p.themes().delete(gone.id());
            // A code added to a theme and removed again leaves the theme as it was.
            p.themes().addNode(f.care.id(), f.budget.id());
            p.themes().removeNode(f.care.id(), f.budget.id());
            // An extract added and removed again is not listed; one added and kept is.
            Coding kept = p.codings().code(f.source.id(), f.rota.id(), span("stayed late", "rota"));
            Coding brief = p.codings().code(f.source.id(), f.rota.id(), span("finish", "asked"));
            p.codings().delete(brief.id());
            p.codings().delete(f.budgetCoding.id());
            p.nodes().merge(List.of(tea.id()), f.kettle.id());
            p.nodes().move(weather.id(), null);
            p.checklist().answer(3, ChecklistStatus.DONE, "Every source was coded at least twice");
            p.checklist().answer(5, ChecklistStatus.PARTLY, null);

            ReviewChangeList changes = p.reviewChanges().since("last");
            assertThat(changes.since().fileName()).isEqualTo("report.docx");
            assertThat(changes.themes()).extracting(ThemeChanges::name).containsExactly("Everyday care",
                    "Kettle diplomacy", "Informal leadership", "Power made elsewhere");

            ThemeChanges care = changes.themes().get(0);
            assertThat(care.state()).isEqualTo(State.KEPT);
            assertThat(care.renamedFrom()).isNull();
            assertThat(care.statuses()).singleElement().satisfies(s -> {
                assertThat(s.from()).isEqualTo("candidate");
                assertThat(s.to()).isEqualTo("reviewed");
                assertThat(s.reason()).isEqualTo("Checked against all field notes");
            });
            assertThat(WordDiff.marked(care.definition()))
                    .isEqualTo("Small {+unasked +}acts that [-hold-]{+keep+} the partnership together");
            assertThat(WordDiff.marked(care.narrative()))
                    .isEqualTo("Care shows in **small** things.\n\nNobody asks for it{+, ever+}.");
            assertThat(care.events()).isEmpty();
            assertThat(care.extractsAdded()).extracting(ReviewChangeList.Extract::codingGuid)
                    .containsExactly(kept.guid());
            assertThat(care.extractsAdded().get(0).label()).isEqualTo("\"stayed late to finish the rota\" (field-notes)");
            assertThat(care.extractsRemoved()).isEmpty();

            ThemeChanges kettle = changes.themes().get(1);
            assertThat(kettle.themeGuid()).isEqualTo(kettleDiplomacy.guid());
            assertThat(kettle.statuses()).isEmpty();
            assertThat(kettle.definition()).isEmpty();
            assertThat(kettle.extractsAdded()).extracting(ReviewChangeList.Extract::codingGuid)
                    .containsExactly(teaCoding.guid());

            ThemeChanges power = changes.themes().get(3);
            assertThat(power.renamedFrom()).isEqualTo("Power elsewhere");
            assertThat(power.discarded()).isTrue();
            assertThat(power.statuses()).singleElement().satisfies(s -> assertThat(s.reason())
                    .isEqualTo("Folded into Everyday care"));
            assertThat(power.extractsAdded()).isEmpty();
            assertThat(power.extractsRemoved()).singleElement().satisfies(e -> {
                assertThat(e.codingGuid()).isEqualTo(f.budgetCoding.guid());
                assertThat(e.label()).startsWith("\"Minutes record that the board decided");
                assertThat(e.where()).isEqualTo(ReviewItem.Where.NOWHERE);
            });

            ThemeChanges added = changes.themes().get(2);
            assertThat(added.themeGuid()).isEqualTo(leadership.guid());
            assertThat(added.state()).isEqualTo(State.ADDED);
            assertThat(WordDiff.marked(added.definition())).isEqualTo("{+Leading without a title+}");

            assertThat(changes.codes()).extracting(ReviewChangeList.CodeChange::kind, ReviewChangeList.CodeChange::text)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("merged", "Merged 'Everyday/Tea break' into 'Everyday/Kettle talk'"),
                            org.assertj.core.groups.Tuple.tuple("moved", "Moved 'Misc/Weather' to 'Weather'"));
            assertThat(changes.codes().get(0).where().nodeGuid()).isEqualTo(f.kettle.guid());

            assertThat(changes.checklist()).hasSize(2);
            assertThat(changes.checklist().get(0).point()).isEqualTo(3);
            assertThat(changes.checklist().get(0).statusBefore()).isEqualTo("done");
            assertThat(WordDiff.marked(changes.checklist().get(0).answer()))
                    .isEqualTo("Every source was coded at least [-once-]{+twice+}");
            assertThat(changes.checklist().get(1).point()).isEqualTo(5);
            assertThat(changes.checklist().get(1).statusBefore()).isEqualTo("not answered");
            assertThat(changes.checklist().get(1).statusAfter()).isEqualTo("partly");

            // Read for a person: a heading per theme, then codes, then the checklist.
            assertThat(changes.groups()).extracting(ReviewChangeList.Group::heading).containsExactly(
                    "Theme 'Everyday care'", "Theme 'Kettle diplomacy'", "Theme 'Informal leadership' (new)",
                    "Theme 'Power made elsewhere' (discarded)", "Codes merged or moved", "Checklist answers");
            assertThat(changes.groups().get(3).lines()).extracting(ReviewChangeList.Line::text).containsExactly(
                    "Renamed from 'Power elsewhere' to 'Power made elsewhere'",
                    "Discarded (was candidate): Folded into Everyday care",
                    "Extract removed: " + power.extractsRemoved().get(0).label());
        }
    }

    @Test
    void aThemeDeletedSinceKeepsItsNameAndTheChangesMadeBeforeANewPointAreNotListedAgain() throws Exception {
        ReviewFixture f = new ReviewFixture(dir);
        try (Project p = f.project) {
            export(p, ExportOptions.Format.HTML, ExportOptions.What.REPORT, "review.html");
            p.themes().delete(f.power.id());
            ReviewChangeList changes = p.reviewChanges().since("last");
            assertThat(changes.themes()).singleElement().satisfies(t -> {
                assertThat(t.name()).isEqualTo("Power elsewhere");
                assertThat(t.state()).isEqualTo(State.DELETED);
                assertThat(t.extractsBefore()).isEqualTo(1);
            });
            assertThat(changes.groups().get(0).lines().get(0).text()).isEqualTo("Deleted (it had 1 extract at the review)");

            export(p, ExportOptions.Format.XLSX, ExportOptions.What.THEMES, "themes.xlsx");
            assertThat(p.reviewChanges().since("last").isEmpty()).isTrue();
            // By date: the last review point made on or before that day.
            String today = LocalDate.now(ZoneId.systemDefault()).toString();
            assertThat(p.reviewChanges().since(today).since().fileName()).isEqualTo("themes.xlsx");
            assertThatThrownBy(() -> p.reviewChanges().since("2001-01-01"))
                    .hasMessageContaining("No review point on or before 1 January 2001");
            assertThatThrownBy(() -> p.reviewChanges().since("yesterday"))
                    .hasMessageContaining("'yesterday' is not a review point");
        }
    }

    @Test
    void aWordDiffMarksOnlyTheWordsThatChanged() {
        assertThat(WordDiff.marked(WordDiff.of("Trust is built slowly.", "Trust is built slowly, then lost fast.")))
                .isEqualTo("Trust is built slowly{+, then lost fast+}.");
        assertThat(WordDiff.of("same words", "same words")).extracting(WordDiff.Part::kind)
                .containsExactly(WordDiff.Kind.SAME);
        List<WordDiff.Part> parts = WordDiff.of("old words here", "new text here");
        assertThat(WordDiff.marked(parts)).isEqualTo("[-old words-]{+new text+} here");
        assertThat(WordDiff.before(parts)).isEqualTo("old words here");
        assertThat(WordDiff.after(parts)).isEqualTo("new text here");
    }

    private static Span span(String from, String to) {
        int start = ReviewFixture.TEXT.indexOf(from);
        return new Span(start, ReviewFixture.TEXT.indexOf(to, start) + to.length());
    }
}
