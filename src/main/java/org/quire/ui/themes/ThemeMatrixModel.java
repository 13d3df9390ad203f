package org.quire.ui.themes;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.QuireException;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeMatrix;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;
import org.quire.ui.common.TaskRunner;
import org.quire.ui.common.UndoStack;

/**
 * The theme matrix screen's state: which theme, its extracts one row each, the analyst's note and
 * quotation flag per extract (each change one undoable edit, saved when made), and exports of the
 * matrix. Every call to the project runs on the task runner.
 */
public final class ThemeMatrixModel {
    /** What the Export buttons offer, with what each writes. */
    public static final List<ExportOptions.Format> FORMATS = List.of(ExportOptions.Format.XLSX,
            ExportOptions.Format.DOCX, ExportOptions.Format.HTML, ExportOptions.Format.CSV);

    private final Project project;
    private final TaskRunner tasks;
    private final UndoStack undo;
    private final Consumer<Throwable> onError;
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<ThemeMatrix> matrix = new SimpleObjectProperty<>();
    private final ObservableList<ThemeMatrix.Row> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final MatrixExports exports;
    private boolean active;

    public ThemeMatrixModel(Project project, TaskRunner tasks, UndoStack undo, Consumer<Throwable> onError) {
        this.project = project;
        this.tasks = tasks;
        this.undo = undo;
        this.onError = onError;
        this.exports = new MatrixExports(project, tasks, message);
        AfterEdits.reload(undo, tasks, () -> active, this::loadMatrix, onError);
    }

    public ObservableList<Theme> themes() {
        return themes;
    }

    /** The theme shown; set it through {@link #show}. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<ThemeMatrix> matrixProperty() {
        return matrix;
    }

    /** The extracts of the shown theme, in the matrix's order. */
    public ObservableList<ThemeMatrix.Row> rows() {
        return rows;
    }

    /** The last thing the screen has to say: where an export went, or why it failed. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The folder exports are written to (typed in the window). */
    public StringProperty exportFolderProperty() {
        return exports.folderProperty();
    }

    /** Whether the screen is showing: only then does an undo elsewhere reload the matrix. */
    public void setActive(boolean showing) {
        active = showing;
    }

    /** Reloads the theme list and the shown theme's matrix (the first theme when none was chosen). */
    public void reload() {
        tasks.run("Loading themes", project.themes()::list, list -> {
            if (!themes.equals(list)) {
                themes.setAll(list);
            }
            Theme current = theme.get();
            Theme keep = current == null ? null
                    : list.stream().filter(t -> t.guid().equals(current.guid())).findFirst().orElse(null);
            theme.set(keep != null ? keep : list.isEmpty() ? null : list.get(0));
            loadMatrix();
        }, onError);
    }

    /** Shows the matrix of {@code t}. */
    public void show(Theme t) {
        // The theme shown already is being (or has been) loaded by whoever set it.
        if (t == null || (theme.get() != null && theme.get().guid().equals(t.guid()))) {
            return;
        }
        theme.set(t);
        loadMatrix();
    }

    private void loadMatrix() {
        Theme t = theme.get();
        if (t == null) {
            matrix.set(null);
            rows.clear();
            return;
        }
        tasks.run("Building the theme matrix of " + t.name(), () -> {
            try {
                return project.themeMatrices().matrix(themeId(t.guid()), null);
            } catch (QuireException gone) {
                // Deleted meanwhile (e.g. from the Themes tab): show nothing rather than an error.
                return null;
            }
        }, this::showMatrix, onError);
    }

    private void showMatrix(ThemeMatrix m) {
        Theme t = theme.get();
        if (m == null || t == null || !m.themeGuid().equals(t.guid())) {
            if (m == null) {
                matrix.set(null);
                rows.clear();
            }
            return;
        }
        boolean sameRows = rows.size() == m.rows().size();
        for (int i = 0; sameRows && i < rows.size(); i++) {
            sameRows = rows.get(i).codingGuid().equals(m.rows().get(i).codingGuid());
        }
        matrix.set(m);
        if (sameRows) {
            // Only changed rows are replaced, so the table keeps its scroll position and selection.
            for (int i = 0; i < rows.size(); i++) {
                if (!rows.get(i).equals(m.rows().get(i))) {
                    rows.set(i, m.rows().get(i));
                }
            }
        } else {
            rows.setAll(m.rows());
        }
    }

    /** Saves the analyst's note on one extract (one undoable edit); an empty note removes it. */
    public void setNote(ThemeMatrix.Row row, String note) {
        String text = note == null ? "" : note.strip();
        Theme t = theme.get();
        if (t == null || text.equals(row.note())) {
            return;
        }
        String before = row.note();
        perform(UndoStack.Edit.of((text.isEmpty() ? "remove the note" : "note") + " on an extract of '" + t.name()
                + "'", () -> project.themeMatrices().setNote(themeId(t.guid()), row.codingGuid(), text),
                () -> project.themeMatrices().setNote(themeId(t.guid()), row.codingGuid(), before)));
    }

    /** Chooses (or drops) one extract as a quotation for the report (one undoable edit). */
    public void setQuote(ThemeMatrix.Row row, boolean quote) {
        Theme t = theme.get();
        if (t == null || row.quote() == quote) {
            return;
        }
        perform(UndoStack.Edit.of((quote ? "choose" : "drop") + " a quotation of '" + t.name() + "'",
                () -> project.themeMatrices().setQuote(themeId(t.guid()), row.codingGuid(), quote),
                () -> project.themeMatrices().setQuote(themeId(t.guid()), row.codingGuid(), !quote)));
    }

    /**
     * Exports the shown theme's matrix: xlsx (overview and the theme's sheet), html (its review page)
     * or csv; docx writes the report of every theme with the chosen quotations.
     */
    public void export(ExportOptions.Format format, Consumer<Path> done) {
        Theme t = theme.get();
        if (t == null) {
            message.set("Choose a theme first");
            return;
        }
        boolean report = format == ExportOptions.Format.DOCX;
        ExportOptions options = report ? ExportOptions.of(format, ExportOptions.What.REPORT)
                : ExportOptions.of(format, ExportOptions.What.THEMES).themes(List.of(t.name()));
        exports.run(report ? "themes report" : t.name() + " theme matrix", options, done);
    }

    /** The row with the coding GUID among the shown rows, or null. */
    public ThemeMatrix.Row row(String codingGuid) {
        return rows.stream().filter(r -> Objects.equals(r.codingGuid(), codingGuid)).findFirst().orElse(null);
    }

    private ThemeId themeId(String guid) {
        return project.themes().byGuid(guid).id();
    }

    private void perform(UndoStack.Edit edit) {
        tasks.run(edit.description(), () -> {
            edit.redo();
            return edit;
        }, done -> {
            undo.push(done);
            // When showing, pushing already reloaded it through the undo-label listener.
            if (!active) {
                loadMatrix();
            }
        }, onError);
    }
}
