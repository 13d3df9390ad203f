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
import org.quire.model.Theme;
import org.quire.model.ThemeMatrix;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.common.UndoStack;

/** The theme matrix screen's model without a toolkit: rows, notes, quotation flags, undo, exports. */
class ThemeMatrixModelTest {
    @TempDir
    Path dir;

    private Project project;
    private final UndoStack undo = new UndoStack();
    private final List<Throwable> errors = new ArrayList<>();
    private ThemeMatrixModel model;

    @BeforeEach
    void open() throws Exception {
        project = ThemesFixture.create(dir);
        model = new ThemeMatrixModel(project, new DirectTaskRunner(), undo, errors::add);
        model.reload();
        model.show(project.themes().find("Shared purpose"));
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void showsEveryExtractOfTheThemeAndItsSubThemes() {
        assertThat(model.rows()).extracting(ThemeMatrix.Row::extract).containsExactlyInAnyOrder(
                "Trust between the partners grew slowly.", "She did not trust the council.", "A north star was named.");
        assertThat(model.rows()).filteredOn(r -> r.extract().startsWith("A north")).singleElement()
                .satisfies(r -> assertThat(r.subTheme()).isEqualTo("Common goals"));
        assertThat(model.themes()).extracting(Theme::name).contains("Money worries");
        assertThat(errors).isEmpty();
    }

    @Test
    void aNoteIsSavedWhenMadeAndUndoTakesItBack() {
        ThemeMatrix.Row row = model.rows().get(0);

        model.setNote(row, "  contrast with the council minutes ");

        assertThat(model.row(row.codingGuid()).note()).isEqualTo("contrast with the council minutes");
        assertThat(fresh(row).note()).isEqualTo("contrast with the council minutes");
        assertThat(undo.undoLabelProperty().get()).isEqualTo("Undo note on an extract of 'Shared purpose'");

        undo.popUndo().undo();
        model.reload();

        assertThat(fresh(row).note()).isEmpty();
        assertThat(model.row(row.codingGuid()).note()).isEmpty();
    }

    @Test
    void flaggingAQuoteIsOneUndoableEditAndUnflaggingClearsIt() {
        ThemeMatrix.Row row = model.rows().get(1);

        model.setQuote(row, true);
        assertThat(fresh(row).quote()).isTrue();
        assertThat(model.row(row.codingGuid()).quote()).isTrue();

        model.setQuote(model.row(row.codingGuid()), false);
        assertThat(fresh(row).quote()).isFalse();

        undo.popUndo().undo();
        assertThat(fresh(row).quote()).isTrue();
    }

    @Test
    void exportingXlsxWritesIntoTheTypedFolderAndSaysWhere() throws Exception {
        Path out = Files.createDirectories(dir.resolve("exports"));
        model.exportFolderProperty().set(out.toString());
        List<Path> written = new ArrayList<>();

        model.export(ExportOptions.Format.XLSX, written::add);

        assertThat(written).singleElement().satisfies(p -> {
            assertThat(p).exists().hasParent(out);
            assertThat(p.getFileName().toString()).isEqualTo("Themes - Shared purpose theme matrix.xlsx");
        });
        assertThat(model.messageProperty().get()).contains("Exported").contains(written.get(0).toString());
    }

    @Test
    void theDocxButtonWritesTheReportAndCsvTheThemesMatrix() throws Exception {
        model.exportFolderProperty().set(dir.toString());
        List<Path> written = new ArrayList<>();

        model.export(ExportOptions.Format.DOCX, written::add);
        model.export(ExportOptions.Format.CSV, written::add);

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("Themes - themes report.docx", "Themes - Shared purpose theme matrix.csv");
        assertThat(Files.readString(written.get(1))).contains("She did not trust the council.")
                .doesNotContain("Ruth said the funding was late.");
    }

    @Test
    void anExportToAFolderThatCannotBeWrittenSaysWhyAndWritesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("not a folder"), "x");
        model.exportFolderProperty().set(file.toString());

        model.export(ExportOptions.Format.XLSX, p -> { });

        assertThat(model.messageProperty().get()).startsWith("Export failed:").contains("Nothing was written");
        model.exportFolderProperty().set("  ");
        model.export(ExportOptions.Format.XLSX, p -> { });
        assertThat(model.messageProperty().get()).isEqualTo("Type the folder to export to first");
    }

    private ThemeMatrix.Row fresh(ThemeMatrix.Row row) {
        return project.themeMatrices().matrix("Shared purpose", null).rows().stream()
                .filter(r -> r.codingGuid().equals(row.codingGuid())).findFirst().orElseThrow();
    }
}
