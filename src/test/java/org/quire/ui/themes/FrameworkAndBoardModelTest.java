package org.quire.ui.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.FrameworkMatrix;
import org.quire.model.QuireException;
import org.quire.model.Theme;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.common.UndoStack;

/** The framework matrix model and the board's theme commands, without a toolkit. */
class FrameworkAndBoardModelTest {
    @TempDir
    Path dir;

    private Project project;
    private final UndoStack undo = new UndoStack();
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        project = ThemesFixture.create(dir);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void frameworkOffersSourcesAttributeValuesAndSubThemeColumns() {
        FrameworkModel model = framework();

        assertThat(model.rowChoices()).extracting(FrameworkModel.Axis::spec).contains("sources", "attr:data type");
        assertThat(model.columnChoices()).extracting(FrameworkModel.Axis::spec)
                .containsExactly("themes", "subthemes:Shared purpose");
        FrameworkMatrix m = model.matrixProperty().get();
        assertThat(m.rows()).extracting(FrameworkMatrix.RowHead::label).containsExactly("Field notes/day 1",
                "Interviews/ruth");
        assertThat(m.columns()).extracting(FrameworkMatrix.ColumnHead::label)
                .containsExactly("Money worries", "Shared purpose");

        model.choose(model.rowChoices().get(1), model.columnChoices().get(0));

        assertThat(model.matrixProperty().get().rows()).extracting(FrameworkMatrix.RowHead::label)
                .containsExactlyInAnyOrder("field note", "interview");
    }

    @Test
    void aCellSummaryIsSavedWhenWrittenAndUndoRemovesIt() {
        FrameworkModel model = framework();
        FrameworkModel.CellRef ruthPurpose = new FrameworkModel.CellRef(1, 1);

        model.setSummary(ruthPurpose, "distrust of the council, not of partners");

        assertThat(model.matrixProperty().get().cell(1, 1).summary()).isEqualTo("distrust of the council, not of partners");
        assertThat(project.frameworks().framework("sources", "themes").cell(1, 1).summary())
                .isEqualTo("distrust of the council, not of partners");
        assertThat(undo.undoLabelProperty().get()).isEqualTo("Undo summary of 'Interviews/ruth' × 'Shared purpose'");

        undo.popUndo().undo();

        assertThat(project.frameworks().framework("sources", "themes").cell(1, 1).summary()).isEmpty();
    }

    @Test
    void frameworkExportsCsvOfTheShownAxes() throws Exception {
        FrameworkModel model = framework();
        model.setSummary(new FrameworkModel.CellRef(0, 0), "money on every page");
        model.exportFolderProperty().set(dir.toString());
        List<Path> written = new ArrayList<>();

        model.export(ExportOptions.Format.CSV, written::add);

        assertThat(written).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                .isEqualTo("Themes - framework matrix.csv"));
        assertThat(Files.readString(written.get(0))).contains("money on every page").contains("Interviews/ruth");
        assertThat(model.messageProperty().get()).contains(written.get(0).toString());
    }

    @Test
    void axesThatGiveNoMatrixAreSaidInTheScreen() {
        FrameworkModel model = framework();

        model.choose(new FrameworkModel.Axis("Cases", "cases"), model.columnChoices().get(0));

        assertThat(model.matrixProperty().get()).isNull();
        assertThat(model.messageProperty().get()).contains("no cases");
        assertThat(errors).isEmpty();
    }

    @Test
    void aSubThemeIsCreatedUnderTheSelectedThemeAndUndoRemovesIt() {
        ThemesViewModel board = board();
        Theme purpose = project.themes().find("Shared purpose");

        board.createSubTheme(purpose, "Meeting rituals");

        assertThat(project.themes().find("Meeting rituals").parentId()).isEqualTo(purpose.id());
        assertThat(board.detailProperty().get().theme().name()).isEqualTo("Meeting rituals");
        undo.popUndo().undo();
        assertThat(project.themes().list()).extracting(Theme::name).doesNotContain("Meeting rituals");
    }

    @Test
    void deletingAThemeIsUndoneWithItsSubThemesAndNodes() {
        ThemesViewModel board = board();
        Theme purpose = project.themes().find("Shared purpose");
        board.select(purpose);
        List<Object> impact = new ArrayList<>();
        board.deletionImpact(purpose, impact::add);
        assertThat(Format.deletion("Shared purpose", (org.quire.service.themes.ThemeService.DeletionImpact) impact.get(0)))
                .contains("1 sub-theme move up").contains("The 1 node feeding it stay in the code book");

        board.delete(purpose);

        assertThat(project.themes().list()).extracting(Theme::name).containsExactlyInAnyOrder("Common goals",
                "Money worries");
        assertThat(board.detailProperty().get()).isNull();
        assertThat(undo.undoLabelProperty().get()).isEqualTo("Undo delete theme 'Shared purpose'");

        undo.popUndo().undo();
        board.reload();

        Theme back = project.themes().find("Shared purpose");
        assertThat(back.guid()).isEqualTo(purpose.guid());
        assertThat(project.themes().find("Common goals").parentId()).isEqualTo(back.id());
        assertThat(project.themes().nodes(back.id())).extracting(org.quire.model.Node::name).containsExactly("Trust");
        assertThat(board.detailProperty().get().theme().guid()).isEqualTo(purpose.guid());
    }

    @Test
    void renamingIsUndoneAndARenameToATakenNameIsRefusedByName() {
        ThemesViewModel board = board();
        Theme purpose = project.themes().find("Shared purpose");

        board.rename(purpose, "Common purpose");
        assertThat(project.themes().get(purpose.id()).name()).isEqualTo("Common purpose");
        undo.popUndo().undo();
        assertThat(project.themes().get(purpose.id()).name()).isEqualTo("Shared purpose");

        board.rename(purpose, "money WORRIES");
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).isInstanceOf(QuireException.class)
                .hasMessageContaining("already a theme named 'Money worries'"));
        assertThat(project.themes().get(purpose.id()).name()).isEqualTo("Shared purpose");
    }

    private FrameworkModel framework() {
        FrameworkModel model = new FrameworkModel(project, new DirectTaskRunner(), undo, errors::add);
        model.reload();
        return model;
    }

    private ThemesViewModel board() {
        ThemesViewModel board = new ThemesViewModel(project, new DirectTaskRunner(), undo, errors::add);
        board.reload();
        return board;
    }

    @Test
    void editsElsewhereReloadThemesOnlyWhileAThemeScreenIsInFront() {
        List<String> ran = new ArrayList<>();
        org.quire.ui.common.TaskRunner recording = new org.quire.ui.common.TaskRunner() {
            private final DirectTaskRunner direct = new DirectTaskRunner();

            @Override
            public <T> void run(String description, java.util.concurrent.Callable<T> work,
                                java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onError) {
                ran.add(description);
                direct.run(description, work, onSuccess, onError);
            }

            @Override
            public void onUi(Runnable update) {
                update.run();
            }
        };
        ThemesViewModel themes = new ThemesViewModel(project, recording, undo, errors::add);
        themes.setActive(false);
        undo.push(UndoStack.Edit.of("Code a passage", () -> { }, () -> { }));
        assertThat(ran).doesNotContain("Counting the phases", "Gathering checklist evidence");

        themes.setActive(true);
        undo.push(UndoStack.Edit.of("Uncode a passage", () -> { }, () -> { }));
        assertThat(ran).contains("Counting the phases", "Gathering checklist evidence");
        assertThat(errors).isEmpty();
    }
}
