package org.quire.ui.themes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeScope;
import org.quire.model.FrameworkMatrix;
import org.quire.model.Theme;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;
import org.quire.ui.common.TaskRunner;
import org.quire.ui.common.UndoStack;

/**
 * The framework matrix screen's state: rows (sources, cases or the values of a source attribute)
 * against columns (themes, or the sub-themes of one theme), each cell's extracts, and the analyst's
 * summary per cell — each change one undoable edit, saved when made — and its exports.
 */
public final class FrameworkModel {
    /** What the Export buttons offer: the formats the framework matrix can be written in. */
    public static final List<ExportOptions.Format> FORMATS = List.of(ExportOptions.Format.XLSX,
            ExportOptions.Format.CSV, ExportOptions.Format.JSON);

    /** A choice of rows or columns: what the picker shows and the spec the service reads. */
    public record Axis(String label, String spec) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The selected cell: row and column index into the matrix. */
    public record CellRef(int row, int column) {
    }

    private final Project project;
    private final TaskRunner tasks;
    private final UndoStack undo;
    private final Consumer<Throwable> onError;
    private final ObservableList<Axis> rowChoices = FXCollections.observableArrayList();
    private final ObservableList<Axis> columnChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Axis> rows = new SimpleObjectProperty<>(new Axis("Sources", "sources"));
    private final ObjectProperty<Axis> columns = new SimpleObjectProperty<>(new Axis("Themes", "themes"));
    private final ObjectProperty<FrameworkMatrix> matrix = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final MatrixExports exports;
    private boolean active;

    public FrameworkModel(Project project, TaskRunner tasks, UndoStack undo, Consumer<Throwable> onError) {
        this.project = project;
        this.tasks = tasks;
        this.undo = undo;
        this.onError = onError;
        this.exports = new MatrixExports(project, tasks, message);
        AfterEdits.reload(undo, tasks, () -> active, this::load, onError);
    }

    public ObservableList<Axis> rowChoices() {
        return rowChoices;
    }

    public ObservableList<Axis> columnChoices() {
        return columnChoices;
    }

    public ObjectProperty<Axis> rowsProperty() {
        return rows;
    }

    public ObjectProperty<Axis> columnsProperty() {
        return columns;
    }

    public ObjectProperty<FrameworkMatrix> matrixProperty() {
        return matrix;
    }

    /** Where an export went, why it failed, or why the matrix cannot be built with these axes. */
    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty exportFolderProperty() {
        return exports.folderProperty();
    }

    public void setActive(boolean showing) {
        active = showing;
    }

    /** Reloads the row and column choices (attributes and themes may have changed) and the matrix. */
    public void reload() {
        tasks.run("Reading themes and attributes", () -> {
            List<Axis> r = new ArrayList<>();
            r.add(new Axis("Sources", "sources"));
            if (!project.cases().list().isEmpty()) {
                r.add(new Axis("Cases", "cases"));
            }
            for (AttributeDefinition d : project.attributes().definitions(AttributeScope.SOURCE)) {
                r.add(new Axis("Values of " + d.name(), "attr:" + d.name()));
            }
            List<Axis> c = new ArrayList<>();
            c.add(new Axis("Themes", "themes"));
            List<Theme> all = project.themes().list();
            for (Theme t : all) {
                if (all.stream().anyMatch(s -> t.id().equals(s.parentId()))) {
                    c.add(new Axis("Sub-themes of " + t.name(), "subthemes:" + t.name()));
                }
            }
            return List.of(r, c);
        }, both -> {
            rowChoices.setAll(both.get(0));
            columnChoices.setAll(both.get(1));
            rows.set(keep(rowChoices, rows.get()));
            columns.set(keep(columnChoices, columns.get()));
            load();
        }, onError);
    }

    private static Axis keep(List<Axis> choices, Axis current) {
        return choices.stream().filter(a -> current != null && a.spec().equals(current.spec())).findFirst()
                .orElse(choices.get(0));
    }

    /** Shows the matrix with these rows and columns. */
    public void choose(Axis rowAxis, Axis columnAxis) {
        rows.set(rowAxis);
        columns.set(columnAxis);
        load();
    }

    private void load() {
        String r = rows.get().spec();
        String c = columns.get().spec();
        tasks.run("Building the framework matrix", () -> project.frameworks().framework(r, c), m -> {
            matrix.set(m);
            if (message.get().startsWith("Cannot build")) {
                message.set("");
            }
        }, e -> {
            // Axes that give no matrix (no themes yet, no cases) are said in the screen, not as a failure.
            matrix.set(null);
            message.set("Cannot build the framework matrix: " + e.getMessage());
        });
    }

    /** Saves the analyst's summary of one cell (one undoable edit); an empty summary removes it. */
    public void setSummary(CellRef cell, String summary) {
        FrameworkMatrix m = matrix.get();
        if (m == null) {
            return;
        }
        String text = summary == null ? "" : summary.strip();
        FrameworkMatrix.RowHead row = m.rows().get(cell.row());
        FrameworkMatrix.ColumnHead column = m.columns().get(cell.column());
        String before = m.cell(cell.row(), cell.column()).summary();
        if (text.equals(before)) {
            return;
        }
        UndoStack.Edit edit = UndoStack.Edit.of("summary of '" + row.label() + "' × '" + column.label() + "'",
                () -> project.frameworks().setSummary(row, column.themeGuid(), text),
                () -> project.frameworks().setSummary(row, column.themeGuid(), before));
        tasks.run(edit.description(), () -> {
            edit.redo();
            return edit;
        }, done -> {
            undo.push(done);
            if (!active) {
                load();
            }
        }, onError);
    }

    /** Exports the framework matrix as shown (grid and extracts in xlsx; the grid in csv; all in json). */
    public void export(ExportOptions.Format format, Consumer<Path> done) {
        exports.run("framework matrix", ExportOptions.of(format, ExportOptions.What.FRAMEWORK)
                .axes(rows.get().spec(), columns.get().spec()), done);
    }

}
