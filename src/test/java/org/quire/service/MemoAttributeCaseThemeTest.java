package org.quire.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.AttributeScope;
import org.quire.model.AttributeType;
import org.quire.model.AuditEntry;
import org.quire.model.CaseLink;
import org.quire.model.CaseRecord;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.model.ThemeStatus;

class MemoAttributeCaseThemeTest {
    @TempDir
    Path dir;
    Project project;
    Source interview;
    /** "cup of tea" in the interview. */
    static final Span TEA = new Span(50, 60);

    @BeforeEach
    void setUp() throws Exception {
        project = TestProjects.create(dir);
        interview = TestProjects.importText(project, dir, "interview.txt",
                "INTERVIEWER: How did it start?\nRESPONDENT: With a cup of tea and a grant form.");
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void memoEntriesAppendWithTheirOwnDatesAndCoder() {
        Node trust = project.nodes().create(null, "Trust", "", null);
        MemoTarget target = new MemoTarget.OfNode(trust.id());
        project.memos().addEntry(target, "Two kinds of trust.", Instant.parse("2017-10-02T10:15:00Z"));
        MemoEntry second = project.memos().addEntry(target, "Split into interpersonal and institutional.");
        List<MemoEntry> entries = project.memos().entries(target);
        assertThat(entries).extracting(MemoEntry::text)
                .containsExactly("Two kinds of trust.", "Split into interpersonal and institutional.");
        assertThat(entries.get(0).at()).isEqualTo(Instant.parse("2017-10-02T10:15:00Z"));
        assertThat(second.coder()).isEqualTo(TestProjects.CODER);
        assertThat(project.memos().memo(target)).get().satisfies(m -> assertThat(m.title()).isEqualTo("Memo: Trust"));
    }

    @Test
    void theJournalIsOneMemoForTheWholeProject() {
        project.memos().addEntry(new MemoTarget.Journal(), "First day in the field.");
        project.memos().addEntry(new MemoTarget.Journal(), "I notice I side with the charity.");
        assertThat(project.memos().all()).filteredOn(m -> m.target() instanceof MemoTarget.Journal).hasSize(1);
        assertThat(project.memos().entries(new MemoTarget.Journal())).hasSize(2);
    }

    @Test
    void anEmptyMemoEntryIsRefused() {
        assertThatThrownBy(() -> project.memos().addEntry(new MemoTarget.Journal(), "   "))
                .isInstanceOf(QuireException.class).hasMessage("A memo entry cannot be empty");
    }

    @Test
    void annotationsAreKeptPerPassage() {
        project.annotations().annotate(interview.id(), TEA, "Tea as a ritual of welcome?");
        assertThat(project.annotations().bySource(interview.id())).singleElement().satisfies(a -> {
            assertThat(a.span()).isEqualTo(TEA);
            assertThat(a.text()).isEqualTo("Tea as a ritual of welcome?");
        });
    }

    @Test
    void attributeValuesAreCheckedAgainstTheirTypeAndStoredCanonically() {
        project.attributes().define(AttributeScope.SOURCE, "date", AttributeType.DATE, List.of());
        project.attributes().define(AttributeScope.SOURCE, "data type", AttributeType.CHOICE,
                List.of("field note", "interview"));
        project.attributes().setSourceValue(interview, "Data Type", "Interview");
        project.attributes().setSourceValue(interview, "date", "2017-09-14");
        project.attributes().setSourceValue(interview, "setting", "Café");
        assertThat(project.attributes().sourceValues(interview))
                .containsEntry("data type", "interview").containsEntry("date", "2017-09-14")
                .containsEntry("setting", "Café");
        assertThatThrownBy(() -> project.attributes().setSourceValue(interview, "date", "14/09/2017"))
                .isInstanceOf(QuireException.class)
                .hasMessageContaining("Value '14/09/2017' of attribute 'date' is not a date");
        assertThatThrownBy(() -> project.attributes().setSourceValue(interview, "data type", "tweet"))
                .isInstanceOf(QuireException.class).hasMessageContaining("not one of its choices: field note, interview");
        assertThat(project.attributes().sourceValues(interview)).containsEntry("date", "2017-09-14");
    }

    @Test
    void casesLinkToWholeSourcesOrPassagesAndCarryAttributes() {
        CaseRecord ruth = project.cases().create("Ruth", "Charity chief executive");
        project.cases().link(ruth.id(), interview.id(), null);
        project.cases().link(ruth.id(), interview.id(), new Span(31, 78));
        project.attributes().setCaseValue(ruth, "sector", "voluntary");
        assertThat(project.cases().links(ruth.id())).containsExactly(
                new CaseLink(ruth.id(), interview.id(), null), new CaseLink(ruth.id(), interview.id(), new Span(31, 78)));
        assertThat(project.attributes().caseValues(ruth)).containsEntry("sector", "voluntary");
        assertThatThrownBy(() -> project.cases().link(ruth.id(), interview.id(), null))
                .isInstanceOf(QuireException.class).hasMessageContaining("already linked");
        assertThatThrownBy(() -> project.cases().create("ruth", ""))
                .isInstanceOf(QuireException.class).hasMessage("There is already a case named 'Ruth'");
    }

    @Test
    void themeStatusChangesKeepTheirReasonsInTheThemesHistory() {
        Node a = project.nodes().create(null, "Tea", "", null);
        Node b = project.nodes().create(null, "Forms", "", null);
        Theme theme = project.themes().create("Welcome and paperwork", "Care and control arrive together", null,
                List.of(a.id(), b.id()));
        Theme sub = project.themes().create("Rituals", "", theme.id(), List.of(a.id()));
        project.themes().setStatus(theme.id(), ThemeStatus.REVIEWED, "checked against the minutes");
        project.themes().setNarrative(theme.id(), "The cup of tea comes before the form.");

        Theme after = project.themes().find("welcome and paperwork");
        assertThat(after.status()).isEqualTo(ThemeStatus.REVIEWED);
        assertThat(after.narrative()).isEqualTo("The cup of tea comes before the form.");
        assertThat(project.themes().find("Rituals").parentId()).isEqualTo(theme.id());
        assertThat(project.themes().nodes(theme.id())).extracting(Node::name).containsExactlyInAnyOrder("Tea", "Forms");
        assertThat(project.audit().forTheme(theme.id())).extracting(AuditEntry::summary)
                .contains("Theme 'Welcome and paperwork': candidate → reviewed (checked against the minutes)");
        assertThat(sub.status()).isEqualTo(ThemeStatus.CANDIDATE);
    }

    @Test
    void theAuditTrailRecordsWhoDidWhatPerNodeIncludingCodings() {
        Node tea = project.nodes().create(null, "Tea", "", null);
        project.codings().code(interview.id(), tea.id(), TEA);
        project.nodes().rename(tea.id(), "Tea and welcome");
        List<AuditEntry> trail = project.audit().forNode(tea.id());
        assertThat(trail).extracting(AuditEntry::action).containsExactly("node.rename", "coding.add", "node.create");
        assertThat(trail).allSatisfy(e -> assertThat(e.coder()).isEqualTo(TestProjects.CODER));
        assertThat(trail.get(0).before()).contains("\"name\":\"Tea\"");
        assertThat(trail.get(0).after()).contains("\"name\":\"Tea and welcome\"");
        assertThat(trail.get(1).summary()).isEqualTo("Coded 'cup of tea' in 'interview' at 'Tea'");
    }

    @Test
    void aFailedActionLeavesNoTrace() {
        long before = project.audit().recent(1000).size();
        project.nodes().create(null, "Tea", "", null);
        assertThatThrownBy(() -> project.themes().create("T", "", null, List.of(
                project.nodes().find("Tea").id(), project.nodes().find("Tea").id())))
                .isInstanceOf(QuireException.class).hasMessageContaining("already feeds theme");
        assertThat(project.themes().list()).isEmpty();
        assertThat(project.audit().recent(1000)).hasSize((int) before + 1);
    }
}
