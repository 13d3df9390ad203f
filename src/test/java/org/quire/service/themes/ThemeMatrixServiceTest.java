package org.quire.service.themes;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.AttributeScope;
import org.quire.model.AttributeType;
import org.quire.model.Coding;
import org.quire.model.FrameworkMatrix;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.model.ThemeMatrix;
import org.quire.service.Project;
import org.quire.service.TestProjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeMatrixServiceTest {
    @TempDir
    Path dir;

    //                                 0         1         2         3         4         5         6
    //                                 0123456789012345678901234567890123456789012345678901234567890123
    static final String NOTES = "Trust was low at first.\n\nThe voluntary sector felt unheard.\n";
    static final String TALK = "We count hours. Nobody counts the kettle.\n";

    Source notes;
    Source talk;
    Coding lowTrust;
    Coding unheard;
    Coding kettle;
    Theme power;
    Theme voice;
    Theme trust;

    Project setUp() throws Exception {
        Project p = TestProjects.create(dir);
        notes = TestProjects.importText(p, dir, "field/notes.txt", NOTES);
        talk = TestProjects.importText(p, dir, "interviews/talk.txt", TALK);
        p.attributes().define(AttributeScope.SOURCE, "Data type", AttributeType.TEXT, List.of());
        p.attributes().setSourceValue(notes, "Data type", "field note");
        p.attributes().setSourceValue(talk, "Data type", "interview");
        Node trustNode = p.nodes().createPath("Partnership/Trust", "How far partners rely on each other", null);
        Node sector = p.nodes().createPath("Voluntary sector", null, null);
        Node counting = p.nodes().createPath("Counting/Hours", null, null);
        lowTrust = p.codings().code(notes.id(), trustNode.id(), new Span(0, 23));
        unheard = p.codings().code(notes.id(), sector.id(), new Span(29, 59));
        // Overlaps "unheard": this passage also supports the Voice theme.
        p.codings().code(notes.id(), counting.id(), new Span(44, 59));
        kettle = p.codings().code(talk.id(), counting.id(), new Span(16, 41));
        Node partnership = p.nodes().find("Partnership");
        power = p.themes().create("Power", "Who decides", null, List.of(sector.id()));
        trust = p.themes().create("Trust", "Reliance", power.id(), List.of(partnership.id()));
        voice = p.themes().create("Voice", "Being counted", null, List.of(p.nodes().find("Counting").id()));
        return p;
    }

    @Test
    void aThemeMatrixHasARowPerExtractOfItsNodesAndItsSubThemesNodes() throws Exception {
        try (Project p = setUp()) {
            ThemeMatrix m = p.themeMatrices().matrix(power.id(), null);
            assertThat(m.attributes()).containsExactly("Data type");
            assertThat(m.rows()).extracting(ThemeMatrix.Row::codingGuid).containsExactly(unheard.guid(), lowTrust.guid());
            ThemeMatrix.Row own = m.rows().get(0);
            assertThat(own.subTheme()).isEmpty();
            assertThat(own.node()).isEqualTo("Voluntary sector");
            assertThat(own.source()).isEqualTo("notes");
            assertThat(own.attributeValues()).containsExactly("field note");
            assertThat(own.extract()).isEqualTo("The voluntary sector felt unheard.".substring(4));
            assertThat(own.paragraph()).isEqualTo(2);
            assertThat(own.citation()).isEqualTo("notes, ¶ 2");
            // A descendant of a member node feeds the sub-theme.
            ThemeMatrix.Row sub = m.rows().get(1);
            assertThat(sub.subTheme()).isEqualTo("Trust");
            assertThat(sub.node()).isEqualTo("Partnership/Trust");
        }
    }

    @Test
    void anExtractOverlappingAnotherThemesCodingIsFlaggedWithThatTheme() throws Exception {
        try (Project p = setUp()) {
            ThemeMatrix m = p.themeMatrices().matrix(power.id(), List.of());
            assertThat(m.rows().get(0).otherThemes()).containsExactly("Voice");
            assertThat(m.rows().get(0).alsoElsewhere()).isTrue();
            // A parent theme is not 'another' theme for its sub-theme.
            assertThat(m.rows().get(1).otherThemes()).isEmpty();
            assertThat(m.flaggedCount()).isEqualTo(1);
            ThemeMatrix sub = p.themeMatrices().matrix(trust.id(), List.of());
            assertThat(sub.rows()).singleElement().satisfies(r -> assertThat(r.otherThemes()).isEmpty());
            ThemeMatrix v = p.themeMatrices().matrix(voice.id(), List.of());
            assertThat(v.rows()).extracting(ThemeMatrix.Row::otherThemes)
                    .containsExactlyInAnyOrder(List.of("Power"), List.of());
        }
    }

    @Test
    void notesAndQuotationsAreSavedUnderGuidsAndSurviveReopening() throws Exception {
        Path folder;
        try (Project p = setUp()) {
            folder = p.folder();
            p.themeMatrices().setNote(power.id(), unheard.guid(), "  Sector voice, cf. minutes  ");
            p.themeMatrices().setQuote(power.id(), unheard.guid(), true);
            assertThat(p.audit().forTheme(power.id())).extracting(e -> e.action())
                    .contains("theme.extract.note", "theme.extract.quote");
        }
        try (Project p = Project.open(folder, TestProjects.CODER)) {
            ThemeMatrix.Row row = p.themeMatrices().matrix(power.id(), List.of()).rows().get(0);
            assertThat(row.note()).isEqualTo("Sector voice, cf. minutes");
            assertThat(row.quote()).isTrue();
            // The note belongs to this theme's matrix only.
            assertThat(p.themeMatrices().matrix(voice.id(), List.of()).rows()).allSatisfy(r ->
                    assertThat(r.note()).isEmpty());
            p.themeMatrices().setNote(power.id(), unheard.guid(), "");
            assertThat(p.themeMatrices().matrix(power.id(), List.of()).rows().get(0).note()).isEmpty();
            assertThat(p.themeMatrices().matrix(power.id(), List.of()).rows().get(0).quote()).isTrue();
        }
    }

    @Test
    void aCodingOutsideTheThemeCannotCarryItsNoteAndNothingChanges() throws Exception {
        try (Project p = setUp()) {
            int before = p.audit().recent(1000).size();
            assertThatThrownBy(() -> p.themeMatrices().setNote(power.id(), kettle.guid(), "x"))
                    .isInstanceOf(QuireException.class).hasMessageContaining("not an extract of theme 'Power'");
            assertThatThrownBy(() -> p.themeMatrices().setQuote(power.id(), "no-such-guid", true))
                    .isInstanceOf(QuireException.class).hasMessageContaining("No coding with GUID 'no-such-guid'");
            assertThat(p.audit().recent(1000)).hasSize(before);
        }
    }

    @Test
    void unknownAttributeIsRefusedByName() throws Exception {
        try (Project p = setUp()) {
            assertThatThrownBy(() -> p.themeMatrices().matrix(power.id(), List.of("Mood")))
                    .hasMessageContaining("No source attribute named 'Mood'");
        }
    }

    @Test
    void frameworkCellsCountAThemesExtractsPerAttributeValueAndKeepSummaries() throws Exception {
        Path folder;
        try (Project p = setUp()) {
            folder = p.folder();
            FrameworkMatrix f = p.frameworks().framework("attr:Data type", "themes");
            assertThat(f.rows()).extracting(FrameworkMatrix.RowHead::label).containsExactly("field note", "interview");
            assertThat(f.columns()).extracting(FrameworkMatrix.ColumnHead::label).containsExactly("Power", "Voice");
            // Power with its sub-theme Trust: two extracts in the field notes, none in the interview.
            assertThat(f.cell(0, 0).count()).isEqualTo(2);
            assertThat(f.cell(1, 0).count()).isZero();
            assertThat(f.cell(1, 1).extracts()).singleElement().satisfies(e -> {
                assertThat(e.text()).isEqualTo("Nobody counts the kettle.");
                assertThat(e.citation()).isEqualTo("talk, ¶ 1");
            });
            p.frameworks().setSummary(f.rows().get(1), f.columns().get(1).themeGuid(), "Volunteers resent counting");
        }
        try (Project p = Project.open(folder, TestProjects.CODER)) {
            FrameworkMatrix f = p.frameworks().framework("attr:Data type", "themes");
            assertThat(f.cell(1, 1).summary()).isEqualTo("Volunteers resent counting");
            assertThat(f.cell(0, 1).summary()).isEmpty();
            assertThat(p.audit().recent(5)).extracting(e -> e.action()).contains("framework.summary");
            FrameworkMatrix bySource = p.frameworks().framework("sources", "subthemes:Power");
            assertThat(bySource.columns()).extracting(FrameworkMatrix.ColumnHead::label).containsExactly("Trust");
            assertThat(bySource.rows()).extracting(FrameworkMatrix.RowHead::label)
                    .containsExactly("notes", "talk");
            assertThat(bySource.cell(0, 0).count()).isEqualTo(1);
            assertThatThrownBy(() -> p.frameworks().framework("people", "themes"))
                    .hasMessageContaining("Cannot read 'people' as framework rows");
        }
    }
}
