package org.quire.ui.queries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.QuireException;
import org.quire.service.Project;
import org.quire.service.exchange.CsvFiles;
import org.quire.service.queries.MatrixAxis;
import org.quire.service.queries.MatrixResult;
import org.quire.service.queries.MatrixValue;
import org.quire.ui.common.TaskRunner;

/**
 * A matrix coding query: rows and columns each from nodes, the children of a node, cases or the
 * values of an attribute; cells show references, sources or words, optionally as row or column
 * percentages; a cell drills down to its passages.
 */
public final class MatrixModel {
    /** What one axis is drawn from. */
    public enum AxisKind {
        NODES("Nodes"), CHILDREN("Children of a node"), CASES("Cases"), ATTRIBUTE("Values of an attribute");

        private final String label;

        AxisKind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Percentages shown instead of the counts. */
    public enum Percent {
        NONE("Counts"), ROW("% of row"), COLUMN("% of column");

        private final String label;

        Percent(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One axis as picked: its kind, the nodes (NODES), the parent node (CHILDREN) or the attribute (ATTRIBUTE). */
    public record AxisChoice(AxisKind kind, List<String> nodes, String name) {
        public AxisChoice {
            nodes = nodes == null ? List.of() : List.copyOf(nodes);
        }

        MatrixAxis toAxis(boolean descendants, String which) {
            return switch (kind) {
                case NODES -> {
                    if (nodes.isEmpty()) {
                        throw new QuireException("Choose the nodes for the " + which);
                    }
                    yield new MatrixAxis.Nodes(nodes, descendants);
                }
                case CHILDREN -> new MatrixAxis.Children(required(name, "the parent node for the " + which), descendants);
                case CASES -> new MatrixAxis.Cases();
                case ATTRIBUTE -> new MatrixAxis.Attribute(required(name, "the attribute for the " + which));
            };
        }

        private static String required(String s, String what) {
            if (s == null || s.isBlank()) {
                throw new QuireException("Choose " + what);
            }
            return s.strip();
        }
    }

    private final Project project;
    private final TaskRunner tasks;
    private final Consumer<Throwable> errors;
    private final QueriesModel.Opener opener;
    private final ObjectProperty<MatrixValue> value = new SimpleObjectProperty<>(MatrixValue.REFERENCES);
    private final ObjectProperty<Percent> percent = new SimpleObjectProperty<>(Percent.NONE);
    private final BooleanProperty descendants = new SimpleBooleanProperty(true);
    private final ObjectProperty<MatrixResult> result = new SimpleObjectProperty<>();
    private final ObservableList<PassageRow> cellPassages = FXCollections.observableArrayList();
    private final StringProperty cellTitle = new SimpleStringProperty("Double-click a cell to see its passages");
    private MatrixAxis rowAxis;
    private MatrixAxis columnAxis;

    MatrixModel(Project project, TaskRunner tasks, Consumer<Throwable> errors, QueriesModel.Opener opener) {
        this.project = project;
        this.tasks = tasks;
        this.errors = errors;
        this.opener = opener;
        result.addListener((o, a, b) -> largest = Double.NaN);
        value.addListener((o, a, b) -> largest = Double.NaN);
        percent.addListener((o, a, b) -> largest = Double.NaN);
    }

    /** Runs the matrix for these axes; the cells keep all three values so switching needs no rerun. */
    public void run(AxisChoice rows, AxisChoice columns) {
        MatrixAxis r;
        MatrixAxis c;
        try {
            r = rows.toAxis(descendants.get(), "rows");
            c = columns.toAxis(descendants.get(), "columns");
        } catch (QuireException e) {
            errors.accept(e);
            return;
        }
        tasks.runStoppable("Running the matrix", stop -> project.matrices().run(r, c, stop), m -> {
            rowAxis = r;
            columnAxis = c;
            cellPassages.clear();
            cellTitle.set("Double-click a cell to see its passages");
            result.set(m);
        }, e -> {
            if (e instanceof java.util.concurrent.CancellationException) {
                // Stopped on purpose: the matrix shown before, if any, stays.
                cellTitle.set(result.get() == null ? "The matrix was cancelled"
                        : "The matrix was cancelled; the one shown is the previous run");
            } else {
                errors.accept(e);
            }
        });
    }

    /** The number a cell shows with the chosen value and percentage. */
    public double shown(int row, int column) {
        MatrixResult m = result.get();
        return switch (percent.get()) {
            case NONE -> m.value(row, column, value.get());
            case ROW -> m.rowPercent(row, column, value.get());
            case COLUMN -> m.columnPercent(row, column, value.get());
        };
    }

    /** The cell as text: a count, or a percentage with one decimal. */
    public String text(int row, int column) {
        double v = shown(row, column);
        return percent.get() == Percent.NONE ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f%%", v);
    }

    /** How dark a cell's shading is, 0 (empty) to 1 (the largest cell shown). */
    public double shade(int row, int column) {
        if (Double.isNaN(largest)) {
            MatrixResult m = result.get();
            largest = 0;
            for (int r = 0; r < m.rows().size(); r++) {
                for (int c = 0; c < m.columns().size(); c++) {
                    largest = Math.max(largest, shown(r, c));
                }
            }
        }
        return largest == 0 ? 0 : shown(row, column) / largest;
    }

    // The largest cell shown, for shading; recomputed after a run or a change of value or percentage.
    private double largest = Double.NaN;

    /** Lists the passages of one cell (0-based), each with its context. */
    public void openCell(int row, int column) {
        MatrixResult m = result.get();
        if (m == null || rowAxis == null) {
            return;
        }
        MatrixAxis r = rowAxis;
        MatrixAxis c = columnAxis;
        String title = m.rows().get(row) + " × " + m.columns().get(column);
        // The cell's passages with their context, each source's text read once in batches.
        tasks.run("Reading the cell's passages", () -> PassageRow.of(project.queries().passagesInContext(
                project.matrices().cell(r, c, row, column).stream()
                        .map(p -> new org.quire.service.queries.QueryMatches.Match(p.source(), p.span())).toList(),
                PassageRow.CONTEXT)), rows -> {
                    cellPassages.setAll(rows);
                    cellTitle.set(title + ": " + rows.size() + (rows.size() == 1 ? " passage" : " passages"));
                }, errors);
    }

    public void open(PassageRow row) {
        if (row != null) {
            opener.accept(row.passage().source(), row.passage().span());
        }
    }

    /** Writes the matrix as shown (labels and the chosen value) as CSV in the background. */
    public void exportCsv(Path file, Runnable done) {
        MatrixResult m = result.get();
        if (m == null) {
            errors.accept(new QuireException("Run the matrix first, then export it"));
            return;
        }
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(m.columns());
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            List<String> line = new ArrayList<>(List.of(m.rows().get(r)));
            for (int c = 0; c < m.columns().size(); c++) {
                line.add(percent.get() == Percent.NONE ? text(r, c) : String.format(Locale.ROOT, "%.1f", shown(r, c)));
            }
            rows.add(line);
        }
        tasks.run("Exporting " + file.getFileName(), () -> {
            CsvFiles.write(file, header, rows);
            return file;
        }, f -> done.run(), errors);
    }

    public ObjectProperty<MatrixValue> valueProperty() {
        return value;
    }

    public ObjectProperty<Percent> percentProperty() {
        return percent;
    }

    /** Whether a node stands for its descendants' codings too (as NVivo's matrices do by default). */
    public BooleanProperty descendantsProperty() {
        return descendants;
    }

    /** The last matrix run, or null. */
    public ObjectProperty<MatrixResult> resultProperty() {
        return result;
    }

    public ObservableList<PassageRow> cellPassages() {
        return cellPassages;
    }

    public StringProperty cellTitleProperty() {
        return cellTitle;
    }
}
