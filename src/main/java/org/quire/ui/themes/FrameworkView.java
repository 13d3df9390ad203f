package org.quire.ui.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.model.FrameworkMatrix;

/**
 * The framework matrix as a table — rows of sources, cases or attribute values, a column per theme
 * or sub-theme, each cell its count and the start of its summary — with the selected cell's
 * extracts readable below, its summary editable, and Export buttons.
 */
public final class FrameworkView {
    private final FrameworkModel model;
    private final org.quire.ui.common.ReviewMarks marks;
    private final ComboBox<FrameworkModel.Axis> rows = new ComboBox<>();
    private final ComboBox<FrameworkModel.Axis> columns = new ComboBox<>();
    private final TableView<Integer> table = new TableView<>();
    private final Label cellTitle = new Label();
    private final ListView<FrameworkMatrix.Extract> extracts = new ListView<>();
    private final TextArea summary = new TextArea();
    private final Button save = new Button("Save summary");
    private boolean choosing;
    private boolean rebuilding;
    private FrameworkModel.CellRef shown;

    /** @param marks the open review comments: a marker on each cell that has some */
    public FrameworkView(FrameworkModel model, org.quire.ui.common.ReviewMarks marks) {
        this.model = model;
        this.marks = marks;
    }

    public Region build() {
        rows.setId("framework-rows");
        columns.setId("framework-columns");
        rows.setItems(model.rowChoices());
        columns.setItems(model.columnChoices());
        rows.setPrefWidth(200);
        columns.setPrefWidth(220);
        model.rowsProperty().addListener((o, a, axis) -> set(rows, axis));
        model.columnsProperty().addListener((o, a, axis) -> set(columns, axis));
        // Change listeners stay silent when an equal axis replaces another: the pickers start from the model.
        set(rows, model.rowsProperty().get());
        set(columns, model.columnsProperty().get());
        rows.valueProperty().addListener((o, a, axis) -> chosen());
        columns.valueProperty().addListener((o, a, axis) -> chosen());
        HBox top = new HBox(8, label("Rows"), rows, label("Columns"), columns);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));

        table.setId("framework-matrix");
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label("No rows: add sources, cases or attribute values"));
        model.matrixProperty().addListener((o, a, m) -> showMatrix(a, m));
        marks.marksProperty().addListener((o, a, b) -> table.refresh());
        table.getSelectionModel().getSelectedCells().addListener(
                (javafx.collections.ListChangeListener<TablePosition>) c -> {
                    if (!rebuilding) {
                        showCell();
                    }
                });

        SplitPane split = new SplitPane(table, detail());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        BorderPane pane = new BorderPane(split);
        pane.setTop(top);
        pane.setBottom(ExportBar.build("framework-export", model.exportFolderProperty(), model.messageProperty(),
                FrameworkModel.FORMATS, f -> switch (f) {
                    case XLSX -> "Excel (.xlsx)";
                    case CSV -> "CSV (.csv)";
                    default -> "JSON (.json)";
                }, f -> model.export(f, p -> { })));
        return pane;
    }

    private void set(ComboBox<FrameworkModel.Axis> box, FrameworkModel.Axis axis) {
        choosing = true;
        box.setValue(axis);
        choosing = false;
    }

    private void chosen() {
        if (!choosing && rows.getValue() != null && columns.getValue() != null
                && (rows.getValue() != model.rowsProperty().get() || columns.getValue() != model.columnsProperty().get())) {
            model.choose(rows.getValue(), columns.getValue());
        }
    }

    private void showMatrix(FrameworkMatrix before, FrameworkMatrix m) {
        FrameworkModel.CellRef was = selected();
        boolean sameShape = before != null && m != null && before.rows().equals(m.rows())
                && before.columns().equals(m.columns());
        if (!sameShape) {
            List<TableColumn<Integer, ?>> cols = new ArrayList<>();
            TableColumn<Integer, String> head = new TableColumn<>(m == null ? "" : rowTitle(m.rowKind()));
            head.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.matrixProperty().get() == null ? ""
                    : model.matrixProperty().get().rows().get(c.getValue()).label()));
            head.setPrefWidth(200);
            head.setCellFactory(c -> wrapped(head));
            cols.add(head);
            if (m != null) {
                for (int i = 0; i < m.columns().size(); i++) {
                    int at = i;
                    TableColumn<Integer, FrameworkMatrix.Cell> col = new TableColumn<>(m.columns().get(i).label());
                    col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.matrixProperty().get() == null
                            ? null : model.matrixProperty().get().cell(c.getValue(), at)));
                    col.setCellFactory(c -> cell(col, at));
                    col.setPrefWidth(190);
                    cols.add(col);
                }
            }
            table.getColumns().setAll(cols);
        }
        rebuilding = true;
        table.getItems().setAll(m == null ? List.of() : IntStream.range(0, m.rows().size()).boxed().toList());
        table.refresh();
        if (sameShape && was != null) {
            // A saved summary reloads the matrix: the same cell stays selected.
            table.getSelectionModel().clearAndSelect(was.row(), table.getColumns().get(was.column() + 1));
        }
        rebuilding = false;
        showCell();
    }

    private static String rowTitle(String kind) {
        return kind.equals("sources") ? "Source" : kind.equals("cases") ? "Case" : kind.substring(5);
    }

    // Count on the first line, the summary (or "—") wrapped below.
    // A cell with open review comments shows their marker before its count.
    private TableCell<Integer, FrameworkMatrix.Cell> cell(TableColumn<Integer, FrameworkMatrix.Cell> col, int column) {
        return new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();
            // Marked: the marker and the count on the first line, the summary wrapped below at full width.
            private final javafx.scene.text.Text count = new javafx.scene.text.Text();
            private final javafx.scene.text.Text summary = new javafx.scene.text.Text();
            private final HBox firstLine = new HBox(4);
            private final VBox withMark = new VBox(firstLine, summary);

            {
                for (javafx.scene.text.Text t : List.of(text, count, summary)) {
                    t.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                    t.fillProperty().bind(textFillProperty());
                }
                firstLine.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(FrameworkMatrix.Cell c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setGraphic(null);
                    return;
                }
                String s = c.summary().isBlank() ? (c.count() == 0 ? "" : "no summary yet") : c.summary();
                if (s.length() > 160) {
                    s = s.substring(0, 159) + "…";
                }
                String extracts = c.count() + (c.count() == 1 ? " extract" : " extracts");
                FrameworkMatrix m = model.matrixProperty().get();
                int row = getIndex();
                var mark = m == null || row < 0 || row >= m.rows().size() || column >= m.columns().size() ? null
                        : marks.marks().cell(m.rows().get(row).guid(), m.rows().get(row).value(),
                        m.columns().get(column).themeGuid());
                if (mark == null) {
                    text.setText(extracts + (s.isEmpty() ? "" : "\n" + s));
                    setGraphic(text);
                } else {
                    count.setText(extracts);
                    summary.setText(s);
                    firstLine.getChildren().setAll(marks.marker(mark), count);
                    setGraphic(withMark);
                }
            }
        };
    }

    private static TableCell<Integer, String> wrapped(TableColumn<Integer, String> col) {
        return new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                text.fillProperty().bind(textFillProperty());
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                // Break after a folder's slash rather than mid-word.
                text.setText(empty || s == null ? "" : s.replace("/", "/\u200B"));
                setGraphic(empty ? null : text);
            }
        };
    }

    private Region detail() {
        cellTitle.setWrapText(true);
        cellTitle.getStyleClass().add("editor-heading");
        extracts.setId("framework-extracts");
        extracts.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(FrameworkMatrix.Extract e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.citation() + "  ·  " + e.node() + "\n" + e.text().strip());
            }
        });
        summary.setId("framework-summary");
        summary.setWrapText(true);
        summary.setPrefRowCount(3);
        summary.setPromptText("Your summary of this cell (Ctrl+Enter saves)");
        summary.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                saveSummary();
                e.consume();
            }
        });
        save.setId("save-summary");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> saveSummary());
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox summaryRow = new HBox(8, summary, save);
        VBox box = new VBox(6, cellTitle, extracts, summaryRow);
        VBox.setVgrow(extracts, Priority.ALWAYS);
        box.setPadding(new Insets(6, 8, 6, 8));
        showCell();
        return box;
    }

    private FrameworkModel.CellRef selected() {
        if (table.getSelectionModel().getSelectedCells().isEmpty()) {
            return null;
        }
        TablePosition<?, ?> p = table.getSelectionModel().getSelectedCells().get(0);
        int column = table.getColumns().indexOf(p.getTableColumn()) - 1;
        return p.getRow() < 0 || column < 0 ? null : new FrameworkModel.CellRef(p.getRow(), column);
    }

    private void saveSummary() {
        FrameworkModel.CellRef at = selected();
        if (at != null) {
            model.setSummary(at, summary.getText());
        }
    }

    private void showCell() {
        FrameworkMatrix m = model.matrixProperty().get();
        FrameworkModel.CellRef at = selected();
        boolean none = m == null || at == null || at.row() >= m.rows().size() || at.column() >= m.columns().size();
        if (none) {
            cellTitle.setText("Select a cell to read its extracts and write its summary.");
            extracts.getItems().clear();
            summary.setText("");
        } else {
            FrameworkMatrix.Cell c = m.cell(at.row(), at.column());
            cellTitle.setText(m.rows().get(at.row()).label() + "  ×  " + m.columns().get(at.column()).label()
                    + "  —  " + c.count() + (c.count() == 1 ? " extract" : " extracts"));
            extracts.getItems().setAll(c.extracts());
            // What is being typed in the cell's summary is kept while the same cell reloads.
            if (!at.equals(shown) || !summary.isFocused()) {
                summary.setText(c.summary());
            }
        }
        shown = none ? null : at;
        summary.setDisable(none);
        save.setDisable(none);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
