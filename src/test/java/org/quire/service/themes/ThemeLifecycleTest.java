package org.quire.service.themes;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Theme;
import org.quire.model.ThemeStatus;
import org.quire.service.Project;
import org.quire.service.TestProjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeLifecycleTest {
    @TempDir
    Path dir;
    Project project;
    Node trust;
    Node vision;

    @BeforeEach
    void setUp() {
        project = TestProjects.create(dir);
        trust = project.nodes().createPath("Partnership/Trust", "", null);
        vision = project.nodes().create(null, "Vision", "", null);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void everyStatusChangeKeepsItsReasonAndCoderInTheThemesTimeline() {
        Theme t = project.themes().create("Shared purpose", "", null, List.of(trust.id(), vision.id()));
        project.themes().setStatus(t.id(), ThemeStatus.REVIEWED, "checked against the minutes");
        project.themes().setStatus(t.id(), ThemeStatus.DEFINED, "definition agreed with supervisor");

        List<ThemeEvent> history = project.themes().statusHistory(t.id());
        assertThat(history).extracting(ThemeEvent::from)
                .containsExactly(null, ThemeStatus.CANDIDATE, ThemeStatus.REVIEWED);
        assertThat(history).extracting(ThemeEvent::to)
                .containsExactly(ThemeStatus.CANDIDATE, ThemeStatus.REVIEWED, ThemeStatus.DEFINED);
        assertThat(history).extracting(ThemeEvent::reason)
                .containsExactly(null, "checked against the minutes", "definition agreed with supervisor");
        assertThat(history).allSatisfy(e -> {
            assertThat(e.coder()).isEqualTo(TestProjects.CODER);
            assertThat(e.at()).isNotNull();
        });
        assertThat(project.themes().timeline(t.id())).extracting(ThemeEvent::action)
                .containsSubsequence("theme.create", "theme.node.add", "theme.status", "theme.status");
    }

    @Test
    void aStatusChangeWithoutAReasonOrToTheSameStatusIsRefusedAndChangesNothing() {
        Theme t = project.themes().create("Shared purpose", "", null, List.of());

        assertThatThrownBy(() -> project.themes().setStatus(t.id(), ThemeStatus.FINAL, "  "))
                .isInstanceOf(QuireException.class).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> project.themes().setStatus(t.id(), ThemeStatus.CANDIDATE, "again"))
                .isInstanceOf(QuireException.class).hasMessageContaining("already candidate");
        assertThat(project.themes().get(t.id()).status()).isEqualTo(ThemeStatus.CANDIDATE);
        assertThat(project.themes().statusHistory(t.id())).hasSize(1);
    }

    @Test
    void aNodeCanFeedSeveralThemesAndBeRemovedFromOne() {
        Theme a = project.themes().create("Shared purpose", "", null, List.of(trust.id()));
        Theme b = project.themes().create("Fragile trust", "", null, List.of(trust.id(), vision.id()));

        project.themes().removeNode(b.id(), vision.id());

        assertThat(project.themes().themesOf(trust.id())).extracting(Theme::name)
                .containsExactly("Fragile trust", "Shared purpose");
        assertThat(project.themes().nodes(b.id())).extracting(Node::name).containsExactly("Trust");
        assertThat(project.themes().nodes(a.id())).extracting(Node::name).containsExactly("Trust");
    }

    @Test
    void definitionScopeNarrativeAndMemoEntriesAreKeptWithTheTheme() {
        Theme t = project.themes().create("Shared purpose", "", null, List.of());
        project.themes().define(t.id(), "Partners pulling one way despite different funders");
        project.themes().setScope(t.id(), "talk of common goals", "formal contracts");
        project.themes().setNarrative(t.id(), "# Pulling together\n\nThe **north star** recurs.\n\n> We all want the same");
        project.memos().addEntry(new MemoTarget.OfTheme(t.id()), "Might split into two.");

        Theme read = project.themes().get(t.id());
        assertThat(read.definition()).startsWith("Partners pulling");
        assertThat(read.scopeIn()).isEqualTo("talk of common goals");
        assertThat(read.scopeOut()).isEqualTo("formal contracts");
        assertThat(read.narrative()).contains("**north star**");
        assertThat(project.memos().entries(new MemoTarget.OfTheme(t.id()))).extracting(MemoEntry::text)
                .containsExactly("Might split into two.");
        assertThat(project.themes().timeline(t.id())).extracting(ThemeEvent::action)
                .contains("theme.define", "theme.scope", "theme.narrative", "memo.entry.add");
    }

    @Test
    void subThemesSurviveTheirParentsDeletionByMovingUp() {
        Theme top = project.themes().create("Partnership", "", null, List.of());
        Theme mid = project.themes().create("Shared purpose", "", top.id(), List.of());
        Theme leaf = project.themes().create("North star", "", mid.id(), List.of(vision.id()));

        project.themes().delete(mid.id());

        assertThat(project.themes().list()).extracting(Theme::name).containsExactly("North star", "Partnership");
        assertThat(project.themes().get(leaf.id()).parentId()).isEqualTo(top.id());
        assertThat(project.themes().nodes(leaf.id())).extracting(Node::name).containsExactly("Vision");
    }

    @Test
    void aThemeCannotBeMovedUnderItsOwnSubTheme() {
        Theme top = project.themes().create("Partnership", "", null, List.of());
        Theme sub = project.themes().create("Shared purpose", "", top.id(), List.of());

        assertThatThrownBy(() -> project.themes().setParent(top.id(), sub.id()))
                .isInstanceOf(QuireException.class).hasMessageContaining("one of its own sub-themes");
        assertThat(project.themes().get(top.id()).parentId()).isNull();
    }

    @Test
    void renamingToAnotherThemesNameIsRefused() {
        project.themes().create("Partnership", "", null, List.of());
        Theme t = project.themes().create("Shared purpose", "", null, List.of());

        assertThatThrownBy(() -> project.themes().rename(t.id(), "partnership"))
                .isInstanceOf(QuireException.class).hasMessageContaining("already a theme named 'Partnership'");
        assertThat(project.themes().rename(t.id(), "Common purpose").name()).isEqualTo("Common purpose");
    }
}
