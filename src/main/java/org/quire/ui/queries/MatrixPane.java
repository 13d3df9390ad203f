package org.quire.ui.queries;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.service.queries.MatrixResult;
import org.quire.service.queries.MatrixValue;

/**
 * The matrix tab: axes, value and percentages; heat-shaded cells; double-click a cell for its
 * passages, double-click a passage to open it in its source; CSV export.
 */
final class MatrixPane {
    private final QueriesModel model;
    private final Exporter exporter;
    private final Runnable showDocument;
    private AxisPicker rowPicker;
    private AxisPicker columnPicker;

    MatrixPane(QueriesModel model, Exporter exporter, Runnable showDocument) {
        this.model = model;
        this.exporter = exporter;
        this.showDocument = showDocument;
    }

    Region build() {
        MatrixModel m = model.matrix();
        rowPicker = new AxisPicker(model, "Rows", "matrix-rows", MatrixModel.AxisKind.NODES);
        columnPicker = new AxisPicker(model, "Columns", "matrix-columns", MatrixModel.AxisKind.ATTRIBUTE);
        HBox.setHgrow(rowPicker, Priority.ALWAYS);
        HBox.setHgrow(columnPicker, Priority.ALWAYS);
        ChoiceBox<MatrixValue> value = new ChoiceBox<>(FXCollections.observableArrayList(MatrixValue.values()));
        value.setId("matrix-value");
        value.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MatrixValue v) {
                return v == null ? "" : switch (v) {
                    case REFERENCES -> "References";
                    case SOURCES -> "Sources";
                    case WORDS -> "Words coded";
                };
            }

            @Override
            public MatrixValue fromString(String s) {
                return null;
            }
        });
        value.valueProperty().bindBidirectional(m.valueProperty());
        ChoiceBox<MatrixModel.Percent> percent = new ChoiceBox<>(
                FXCollections.observableArrayList(MatrixModel.Percent.values()));
        percent.setId("matrix-percent");
        percent.valueProperty().bindBidirectional(m.percentProperty());
        CheckBox descendants = new CheckBox("Include child nodes' coding");
        descendants.selectedProperty().bindBidirectional(m.descendantsProperty());
        Button run = org.quire.ui.common.Icons.on(new Button("Run matrix"), org.quire.ui.common.Icons.RUN);
        run.setId("run-matrix");
        run.setDefaultButton(true);
        run.setOnAction(e -> m.run(rowPicker.choice(), columnPicker.choice()));
        Button export = org.quire.ui.common.Icons.on(new Button("Export CSV…"), org.quire.ui.common.Icons.EXPORT);
        export.setId("matrix-export");
        export.disableProperty().bind(m.resultProperty().isNull());
        export.setOnAction(e -> exporter.choose("matrix.csv", f -> m.exportCsv(f, () -> exporter.saved(f))));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label show = new Label("Cells show");
        for (javafx.scene.layout.Region r : List.of(show, run, export, descendants)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox options = new HBox(8, show, value, percent, descendants, spacer, run, export);
        options.setAlignment(Pos.CENTER_LEFT);

        TableView<Integer> grid = new TableView<>();
        grid.setId("matrix-grid");
        grid.setPlaceholder(new Label("Choose rows and columns and press Run matrix"));
        grid.getSelectionModel().setCellSelectionEnabled(true);
        grid.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        m.resultProperty().addListener((o, a, r) -> fill(grid, r));
        // Switching value or percentage only redraws: every value was computed with the matrix.
        m.valueProperty().addListener((o, a, b) -> grid.refresh());
        m.percentProperty().addListener((o, a, b) -> grid.refresh());

        TableView<PassageRow> passages = PassageTable.of(m.cellPassages(), "matrix-passages",
                "Double-click a cell to list its passages", 640, m::open, showDocument);
        Label cellTitle = new Label();
        cellTitle.setId("matrix-cell-title");
        cellTitle.textProperty().bind(m.cellTitleProperty());
        VBox cellBox = new VBox(4, cellTitle, passages);
        VBox.setVgrow(passages, Priority.ALWAYS);
        SplitPane split = new SplitPane(grid, cellBox);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.6);

        BorderPane pane = new BorderPane(split);
        VBox top = new VBox(8, new HBox(16, rowPicker, columnPicker), options);
        pane.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        pane.setPadding(new Insets(10));
        return pane;
    }

    private void fill(TableView<Integer> grid, MatrixResult r) {
        grid.getColumns().clear();
        if (r == null) {
            grid.getItems().clear();
            return;
        }
        MatrixModel m = model.matrix();
        TableColumn<Integer, String> label = new TableColumn<>("");
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(r.rows().get(c.getValue())));
        // Wide enough for the longest label (node paths can be long), within reason.
        int longest = r.rows().stream().mapToInt(String::length).max().orElse(10);
        label.setPrefWidth(Math.max(160, Math.min(420, 7.5 * longest + 24)));
        label.setStyle("-fx-font-weight: bold;");
        grid.getColumns().add(label);
        for (int col = 0; col < r.columns().size(); col++) {
            int column = col;
            TableColumn<Integer, Integer> c = new TableColumn<>(r.columns().get(col));
            c.setSortable(false);
            c.setPrefWidth(Math.max(90, Math.min(180, 9 * r.columns().get(col).length())));
            c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
            c.setCellFactory(tc -> new HeatCell(m, column));
            grid.getColumns().add(c);
        }
        grid.getItems().setAll(java.util.stream.IntStream.range(0, r.rows().size()).boxed().toList());
    }

    /** A cell shaded by its value relative to the largest cell; double-click lists its passages. */
    private static final class HeatCell extends TableCell<Integer, Integer> {
        private final MatrixModel model;
        private final int column;

        HeatCell(MatrixModel model, int column) {
            this.model = model;
            this.column = column;
            getStyleClass().add("heat-cell");
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    model.openCell(getItem(), column);
                }
            });
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || model.resultProperty().get() == null) {
                setText(null);
                setStyle("");
                return;
            }
            setText(model.text(row, column));
            double shade = model.shade(row, column);
            // From white to a deep blue; text turns white where the background gets dark.
            int red = (int) Math.round(255 - shade * (255 - 31));
            int green = (int) Math.round(255 - shade * (255 - 78));
            int blue = (int) Math.round(255 - shade * (255 - 121));
            setStyle(String.format(java.util.Locale.ROOT, "-fx-background-color: rgb(%d,%d,%d); -fx-alignment: CENTER;"
                    + " -fx-text-fill: %s; -fx-border-color: transparent #e0e0e0 #e0e0e0 transparent;",
                    red, green, blue, shade > 0.55 ? "white" : "#202020"));
        }
    }

    AxisPicker rowPicker() {
        return rowPicker;
    }

    AxisPicker columnPicker() {
        return columnPicker;
    }
}
