package org.quire.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.NodeId;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.service.Project;
import org.quire.service.SampleProject;
import org.quire.service.TestProjects;
import org.quire.service.guide.CheckKind;
import org.quire.service.guide.GuideCheck;
import org.quire.service.guide.GuideStep;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.workbench.WorkbenchViewModel;

/** The Guide pane's view model as plain Java: steps go to the window's commands, items open what they name. */
class GuideViewModelTest {
    @TempDir
    Path dir;
    Project project;
    WorkbenchViewModel wb;
    Recorded steps;
    GuideViewModel guide;
    Source notes;

    /** The window's commands, as the guide calls them. */
    static final class Recorded implements GuideSteps {
        final List<String> calls = new ArrayList<>();

        @Override
        public void journal() {
            calls.add("journal");
        }

        @Override
        public void newCandidateTheme() {
            calls.add("new theme");
        }

        @Override
        public void thematicMap() {
            calls.add("map");
        }

        @Override
        public void themeMatrix() {
            calls.add("matrix");
        }

        @Override
        public void editDefinition(ThemeId theme) {
            calls.add("define " + (theme == null ? null : theme.value()));
        }

        @Override
        public void buildReport() {
            calls.add("report");
        }

        @Override
        public void showTheme(ThemeId theme) {
            calls.add("theme " + theme.value());
        }

        @Override
        public void showNode(NodeId node) {
            calls.add("node " + node.value());
        }

        @Override
        public void openSample(int phase) {
            calls.add("sample " + phase);
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        project = TestProjects.create(dir);
        notes = TestProjects.importText(project, dir, "notes.txt", "Trust grew slowly over the first year.");
        TestProjects.importText(project, dir, "minutes.txt", "The board agreed the vision.");
        wb = new WorkbenchViewModel(project, new DirectTaskRunner());
        wb.load();
        steps = new Recorded();
        guide = new GuideViewModel(wb, steps);
        guide.load();
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void openingTheUnreadSourcesOpensEachInATabAndTheNextClickSaysTheyAreAllOpen() {
        guide.take(GuideStep.OPEN_UNREAD_SOURCES);

        assertThat(wb.documents().documents()).extracting(d -> d.source().name())
                .containsExactlyInAnyOrder("notes", "minutes");
        assertThat(guide.messageProperty().get()).startsWith("Opened 2 sources");
        project.activity().flush();
        guide.take(GuideStep.OPEN_UNREAD_SOURCES);
        assertThat(guide.messageProperty().get()).isEqualTo("Every source has been opened at least once.");
    }

    @Test
    void startCodingOpensTheFirstSourceWithNoCoding() {
        var node = project.nodes().create(null, "Trust", "", null);
        Source first = project.sources().list().get(0);
        project.codings().code(first.id(), node.id(), new Span(0, 5));

        guide.take(GuideStep.CODE);

        assertThat(wb.documentProperty().get().source().id()).isEqualTo(project.sources().list().get(1).id());
        assertThat(guide.messageProperty().get()).contains("Ctrl+Q");
    }

    @Test
    void writeADefinitionGoesToTheFirstThemeWithoutOneAndTheOtherStepsToTheirCommands() {
        project.themes().create("Defined", "Something", null, List.of());
        Theme bare = project.themes().create("Bare", "", null, List.of());

        guide.take(GuideStep.DEFINE_THEME);
        guide.take(GuideStep.NEW_THEME);
        guide.take(GuideStep.THEMATIC_MAP);
        guide.take(GuideStep.THEME_MATRIX);
        guide.take(GuideStep.JOURNAL);
        guide.take(GuideStep.BUILD_REPORT);

        assertThat(steps.calls).containsExactly("define " + bare.id().value(), "new theme", "map", "matrix", "journal",
                "report");
    }

    @Test
    void aCheckItemOpensItsThemeItsNodeOrItsSource() {
        var node = project.nodes().create(null, "Trust", "", null);
        project.codings().code(notes.id(), node.id(), new Span(0, 5));
        Theme theme = project.themes().create("Thin", "", null, List.of(node.id()));

        guide.runChecks();

        assertThat(guide.checkedProperty().get()).isTrue();
        guide.open(item(CheckKind.FEW_EXTRACTS));
        guide.open(item(CheckKind.CODES_USED_ONCE));
        assertThat(steps.calls).containsExactly("theme " + theme.id().value(), "node " + node.id().value());
        guide.open(item(CheckKind.SOURCES_NOT_OPENED));
        assertThat(wb.documentProperty().get()).isNotNull();
    }

    @Test
    void thresholdsSetInThePaneChangeWhatTheChecksList() {
        var node = project.nodes().create(null, "Trust", "", null);
        project.codings().code(notes.id(), node.id(), new Span(0, 5));
        project.themes().create("Thin", "", null, List.of(node.id()));

        guide.fewExtractsProperty().set(1);
        guide.runChecks();

        assertThat(check(CheckKind.FEW_EXTRACTS).clear()).isTrue();
    }

    @Test
    void theSwitchSavesInTheProjectAndOutsideTheSampleTheExampleAsksForTheSample() {
        assertThat(guide.showOnOpenProperty().get()).isFalse();

        guide.setShowOnOpen(true);
        guide.showSample(3);

        assertThat(project.guide().shownOnOpen()).isTrue();
        assertThat(steps.calls).containsExactly("sample 3");
    }

    @Test
    void inTheSampleTheExampleOpensInPlace() throws Exception {
        try (Project sample = SampleProject.build(SampleProject.findManifest(Path.of("")), dir.resolve("S.quire"))) {
            WorkbenchViewModel sw = new WorkbenchViewModel(sample, new DirectTaskRunner());
            sw.load();
            Recorded calls = new Recorded();
            GuideViewModel g = new GuideViewModel(sw, calls);
            g.load();

            g.showSample(5);
            g.showSample(1);

            assertThat(calls.calls).containsExactly("theme " + sample.themes().find("Standing in the doorway").id().value());
            assertThat(sw.documentProperty().get().source().name()).isEqualTo("2017-09-14 Steering group visit");
            assertThat(g.phaseProperty().get()).isEqualTo(1);
        }
    }

    private GuideCheck check(CheckKind kind) {
        return guide.checks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private org.quire.service.guide.CheckItem item(CheckKind kind) {
        return check(kind).items().get(0);
    }
}
