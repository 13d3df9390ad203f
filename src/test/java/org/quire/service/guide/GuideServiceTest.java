package org.quire.service.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.model.ThemeStatus;
import org.quire.service.Project;
import org.quire.service.TestProjects;

/** The guide's checks and settings, each against a small project built for it. */
class GuideServiceTest {
    @TempDir
    Path dir;
    Project project;
    Source notes;
    Source minutes;
    Node trust;
    Node vision;
    Node funding;

    @BeforeEach
    void setUp() throws Exception {
        project = TestProjects.create(dir);
        notes = TestProjects.importText(project, dir, "notes.txt",
                "Trust grew slowly. The vision was a north star. Funding ran out in March. People stayed anyway.");
        minutes = TestProjects.importText(project, dir, "minutes.txt",
                "The board agreed the vision. Trust was discussed at length. Funding was cut.");
        trust = project.nodes().create(null, "Trust", "", null);
        vision = project.nodes().create(null, "Vision", "", null);
        funding = project.nodes().create(null, "Funding", "", null);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private GuideCheck check(CheckKind kind) {
        return check(kind, CheckOptions.defaults());
    }

    private GuideCheck check(CheckKind kind, CheckOptions options) {
        return project.guide().checks(options).stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static List<String> labels(GuideCheck c) {
        return c.items().stream().map(CheckItem::label).toList();
    }

    @Test
    void themesWithFewerExtractsThanTheThresholdAreListedWithTheirCountButDiscardedOnesAreNot() {
        project.codings().code(notes.id(), trust.id(), new Span(0, 18));
        project.codings().code(notes.id(), vision.id(), new Span(19, 47));
        project.codings().code(minutes.id(), vision.id(), new Span(0, 28));
        project.codings().code(notes.id(), funding.id(), new Span(48, 72));
        Theme thin = project.themes().create("Thin", "", null, List.of(trust.id()));
        project.themes().create("Solid", "", null, List.of(vision.id(), funding.id()));
        Theme empty = project.themes().create("Empty", "", null, List.of());
        Theme dropped = project.themes().create("Dropped", "", null, List.of());
        project.themes().setStatus(dropped.id(), ThemeStatus.DISCARDED, "not distinct");

        GuideCheck few = check(CheckKind.FEW_EXTRACTS);

        assertThat(labels(few)).containsExactly("Empty", "Thin");
        assertThat(few.items()).extracting(CheckItem::detail).containsExactly("no extracts yet", "1 extract");
        assertThat(few.items().get(1).target()).isEqualTo(Target.theme(thin.id().value()));
        assertThat(few.items().get(0).target()).isEqualTo(Target.theme(empty.id().value()));
        // A lower threshold lets the thin theme pass.
        assertThat(labels(check(CheckKind.FEW_EXTRACTS, CheckOptions.defaults().withFewExtracts(1))))
                .containsExactly("Empty");
    }

    @Test
    void aPassageCodedAtTwoNodesOfOneThemeCountsAsOneExtract() {
        project.codings().code(notes.id(), trust.id(), new Span(0, 18));
        project.codings().code(notes.id(), vision.id(), new Span(0, 18));
        project.codings().code(minutes.id(), vision.id(), new Span(0, 28));
        project.themes().create("Both", "", null, List.of(trust.id(), vision.id()));

        assertThat(check(CheckKind.FEW_EXTRACTS).items()).extracting(CheckItem::detail).containsExactly("2 extracts");
    }

    @Test
    void aThemeWhoseExtractsAllComeFromOneSourceIsListedAndOneFromTwoSourcesIsNot() {
        project.codings().code(notes.id(), trust.id(), new Span(0, 18));
        project.codings().code(notes.id(), trust.id(), new Span(48, 72));
        project.codings().code(notes.id(), vision.id(), new Span(19, 47));
        project.codings().code(minutes.id(), vision.id(), new Span(0, 28));
        Theme narrow = project.themes().create("Narrow", "", null, List.of(trust.id()));
        project.themes().create("Wide", "", null, List.of(vision.id()));
        project.themes().create("Nothing yet", "", null, List.of());

        GuideCheck one = check(CheckKind.ONE_SOURCE);

        assertThat(labels(one)).containsExactly("Narrow");
        assertThat(one.items().get(0).detail()).isEqualTo("all 2 extracts are from 'notes'");
        assertThat(one.items().get(0).target()).isEqualTo(Target.theme(narrow.id().value()));
    }

    @Test
    void codesUsedOnceAreTheNodesCodingExactlyOnePassageThemselves() {
        Node child = project.nodes().create(trust.id(), "Slow trust", "", null);
        project.codings().code(notes.id(), child.id(), new Span(0, 18));
        project.codings().code(notes.id(), vision.id(), new Span(19, 47));
        project.codings().code(minutes.id(), vision.id(), new Span(0, 28));
        project.codings().code(notes.id(), funding.id(), new Span(48, 72));

        GuideCheck once = check(CheckKind.CODES_USED_ONCE);

        // Trust codes nothing itself (its child does), Vision codes two passages.
        assertThat(labels(once)).containsExactly("Funding", "Trust/Slow trust");
        assertThat(once.items().get(1).target()).isEqualTo(Target.node(child.id().value()));
        project.codings().code(minutes.id(), funding.id(), new Span(60, 73));
        assertThat(labels(check(CheckKind.CODES_USED_ONCE))).containsExactly("Trust/Slow trust");
    }

    @Test
    void sourcesNeverOpenedAreListedUntilTheyAreOpened() {
        assertThat(labels(check(CheckKind.SOURCES_NOT_OPENED))).containsExactlyInAnyOrder("notes", "minutes");

        project.activity().sourceOpened(notes.id());

        GuideCheck unread = check(CheckKind.SOURCES_NOT_OPENED);
        assertThat(labels(unread)).containsExactly("minutes");
        assertThat(unread.items().get(0).target()).isEqualTo(Target.source(minutes.id().value()));
        assertThat(project.guide().sourcesNotOpened()).extracting(Source::name).containsExactly("minutes");
    }

    @Test
    void themesWithoutADefinitionAreListedAndTheNextToDefineIsTheFirstOfThem() {
        project.themes().create("Defined", "What partners mean by trust", null, List.of());
        Theme bare = project.themes().create("Bare", "", null, List.of());
        Theme gone = project.themes().create("Gone", "", null, List.of());
        project.themes().setStatus(gone.id(), ThemeStatus.DISCARDED, "merged");

        assertThat(labels(check(CheckKind.NO_DEFINITION))).containsExactly("Bare");
        assertThat(project.guide().nextToDefine()).map(Theme::id).contains(bare.id());

        project.themes().define(bare.id(), "Something now");
        assertThat(check(CheckKind.NO_DEFINITION).clear()).isTrue();
        assertThat(project.guide().nextToDefine()).isEmpty();
    }

    @Test
    void candidateThemesOlderThanTheWeeksSetAreListedAndReviewedOnesAreNot() {
        Theme waiting = project.themes().create("Waiting", "", null, List.of());
        Theme moved = project.themes().create("Moved on", "", null, List.of());
        project.themes().setStatus(moved.id(), ThemeStatus.REVIEWED, "checked against the matrix");
        Instant fiveWeeksOn = Instant.now().plus(Duration.ofDays(35));

        assertThat(check(CheckKind.OLD_CANDIDATES).clear()).isTrue();
        GuideCheck old = check(CheckKind.OLD_CANDIDATES, new CheckOptions(3, 4, fiveWeeksOn));
        assertThat(labels(old)).containsExactly("Waiting");
        assertThat(old.items().get(0).detail()).endsWith("5 weeks ago");
        assertThat(old.items().get(0).target()).isEqualTo(Target.theme(waiting.id().value()));
        assertThat(check(CheckKind.OLD_CANDIDATES, new CheckOptions(3, 6, fiveWeeksOn)).clear()).isTrue();
    }

    @Test
    void aThemeSentBackToCandidateCountsItsWeeksFromThenNotFromItsCreation() throws Exception {
        Theme waiting = project.themes().create("Waiting", "", null, List.of());
        Theme back = project.themes().create("Sent back", "", null, List.of());
        project.themes().setStatus(back.id(), ThemeStatus.REVIEWED, "looked settled");
        project.themes().setStatus(back.id(), ThemeStatus.CANDIDATE, "the new interviews unsettle it");
        // Both themes were made ten weeks ago; "Sent back" went back to candidate a week ago.
        Path folder = project.folder();
        project.close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("project")
                + ";IFEXISTS=TRUE", "sa", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("UPDATE theme SET created_at = DATEADD('WEEK', -10, created_at)");
            s.execute("UPDATE audit_log SET at = DATEADD('WEEK', -1, at) WHERE action = 'theme.status'");
        }
        project = Project.open(folder, TestProjects.CODER);

        GuideCheck old = check(CheckKind.OLD_CANDIDATES, new CheckOptions(3, 4, Instant.now()));
        assertThat(labels(old)).containsExactly("Waiting");
        assertThat(old.items().get(0).detail()).endsWith("10 weeks ago");
        assertThat(old.items().get(0).target()).isEqualTo(Target.theme(waiting.id().value()));
        // Over a shorter limit the returned theme counts one week, from its return.
        GuideCheck shorter = check(CheckKind.OLD_CANDIDATES, new CheckOptions(3, 4, Instant.now().plus(Duration.ofDays(28))));
        assertThat(labels(shorter)).containsExactly("Waiting", "Sent back");
        assertThat(shorter.items().get(1).detail()).endsWith("5 weeks ago");
    }

    @Test
    void aPassageFeedingTwoThemesIsListedWithBothButASubThemeInsideItsParentIsNot() {
        project.codings().code(notes.id(), trust.id(), new Span(0, 18));
        project.codings().code(notes.id(), vision.id(), new Span(0, 18));
        project.codings().code(minutes.id(), funding.id(), new Span(60, 73));
        Theme a = project.themes().create("Relationships", "", null, List.of(trust.id()));
        project.themes().create("Direction", "", null, List.of(vision.id()));
        // Funding's passage shows in both the parent's and the sub-theme's matrix: not an overlap.
        project.themes().create("Money", "", a.id(), List.of(funding.id()));

        GuideCheck shared = check(CheckKind.SHARED_EXTRACTS);

        assertThat(shared.total()).isEqualTo(1);
        CheckItem item = shared.items().get(0);
        assertThat(item.label()).isEqualTo("“Trust grew slowly.”");
        assertThat(item.detail()).isEqualTo("in 2 themes: Direction, Relationships — notes");
        assertThat(item.target()).isEqualTo(Target.extract(notes.id().value(), new Span(0, 18)));
    }

    @Test
    void thresholdsBelowOneAreRefusedByName() {
        assertThatThrownBy(() -> new CheckOptions(0, 4, null)).isInstanceOf(QuireException.class)
                .hasMessageContaining("extracts");
        assertThatThrownBy(() -> CheckOptions.defaults().withCandidateWeeks(0)).isInstanceOf(QuireException.class)
                .hasMessageContaining("weeks");
    }

    @Test
    void theGuideOpeningWithTheProjectIsKeptInTheProjectAndInTheAuditTrail() {
        assertThat(project.guide().shownOnOpen()).isFalse();

        project.guide().showOnOpen(true);
        Path folder = project.folder();
        project.close();
        project = Project.open(folder, "Someone else");

        assertThat(project.guide().shownOnOpen()).isTrue();
        assertThat(project.audit().recent(20)).anySatisfy(e -> assertThat(e.action()).isEqualTo("guide.show"));
        project.guide().showOnOpen(false);
        assertThat(project.guide().shownOnOpen()).isFalse();
    }

    @Test
    void theNextSourceToCodeIsTheFirstWithNoCoding() {
        assertThat(project.guide().nextToCode()).map(Source::name).contains(project.sources().list().get(0).name());
        Source first = project.sources().list().get(0);
        Source second = project.sources().list().get(1);
        project.codings().code(first.id(), trust.id(), new Span(0, 5));

        assertThat(project.guide().nextToCode()).map(Source::id).contains(second.id());
    }

    @Test
    void everyPhaseSaysWhatItAsksCitesBraunAndClarkeOffersStepsAndCarriesTheTrackersEvidence() {
        project.codings().code(notes.id(), trust.id(), new Span(0, 18));

        List<GuidePhase> phases = project.guide().phases();

        assertThat(phases).extracting(GuidePhase::number).containsExactly(1, 2, 3, 4, 5, 6);
        for (GuidePhase p : phases) {
            assertThat(p.asks().split("[.?!] ").length).as(p.name()).isGreaterThanOrEqualTo(3);
            assertThat(p.sources()).as(p.name()).anySatisfy(s -> assertThat(s).contains("Braun, V. & Clarke, V. (2006)"));
            assertThat(p.sources()).as(p.name()).anySatisfy(s -> assertThat(s).containsAnyOf("(2019)", "(2021)"));
            assertThat(p.steps()).as(p.name()).isNotEmpty();
            assertThat(p.progress().number()).isEqualTo(p.number());
            assertThat(p.sample().name()).isNotBlank();
        }
        assertThat(phases.get(1).progress().measures()).anySatisfy(m -> {
            assertThat(m.label()).isEqualTo("references");
            assertThat(m.value()).isEqualTo(1);
        });
        assertThat(phases.stream().flatMap(p -> p.steps().stream()).toList()).contains(GuideStep.OPEN_UNREAD_SOURCES,
                GuideStep.CODE, GuideStep.NEW_THEME, GuideStep.THEMATIC_MAP, GuideStep.DEFINE_THEME,
                GuideStep.BUILD_REPORT);
    }
}
