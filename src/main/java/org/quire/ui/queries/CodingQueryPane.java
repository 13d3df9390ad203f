package org.quire.ui.queries;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The coding-query builder: node A, operator, node B, source conditions, the expression it makes;
 * the passages found with the selected one in context; save and export.
 */
final class CodingQueryPane {
    private final QueriesModel model;
    private final Exporter exporter;
    private final Runnable showDocument;

    CodingQueryPane(QueriesModel model, Exporter exporter, Runnable showDocument) {
        this.model = model;
        this.exporter = exporter;
        this.showDocument = showDocument;
    }

    Region build() {
        CodingQueryModel q = model.coding();
        ComboBox<String> nodeA = nodePicker("query-node-a");
        nodeA.valueProperty().bindBidirectional(q.nodeAProperty());
        ChoiceBox<CodingQueryModel.Operator> operator = new ChoiceBox<>(
                FXCollections.observableArrayList(CodingQueryModel.Operator.values()));
        operator.setId("query-operator");
        operator.valueProperty().bindBidirectional(q.operatorProperty());
        Spinner<Integer> within = new Spinner<>(0, 1_000_000, 100, 10);
        within.setEditable(true);
        within.setPrefWidth(95);
        within.getValueFactory().valueProperty().addListener((o, a, b) -> q.withinProperty().set(b));
        q.withinProperty().addListener((o, a, b) -> within.getValueFactory().setValue(b.intValue()));
        Label chars = new Label("characters");
        HBox near = new HBox(6, within, chars);
        near.setAlignment(Pos.CENTER_LEFT);
        near.visibleProperty().bind(q.operatorProperty().isEqualTo(CodingQueryModel.Operator.NEAR_CHARS));
        ComboBox<String> nodeB = nodePicker("query-node-b");
        nodeB.valueProperty().bindBidirectional(q.nodeBProperty());
        nodeB.disableProperty().bind(q.operatorProperty().isEqualTo(CodingQueryModel.Operator.ONLY));

        ComboBox<String> attribute = new ComboBox<>();
        attribute.setId("query-attribute");
        attribute.setPromptText("(any)");
        attribute.setEditable(true);
        attribute.valueProperty().bindBidirectional(q.attributeProperty());
        ComboBox<String> value = new ComboBox<>();
        value.setId("query-attribute-value");
        value.setEditable(true);
        value.valueProperty().bindBidirectional(q.attributeValueProperty());
        Runnable fillAttributes = () -> {
            var c = model.choicesProperty().get();
            // Replacing a combo box's items can select one of them: keep what the query says.
            String keepName = q.attributeProperty().get();
            String keepValue = q.attributeValueProperty().get();
            java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(""));
            names.addAll(c.attributeValues().keySet());
            if (!attribute.getItems().equals(names)) {
                attribute.getItems().setAll(names);
            }
            java.util.List<String> values = c.attributeValues().getOrDefault(keepName, java.util.List.of());
            if (!value.getItems().equals(values)) {
                value.getItems().setAll(values);
            }
            q.attributeProperty().set(keepName);
            q.attributeValueProperty().set(keepValue);
        };
        model.choicesProperty().addListener((o, a, b) -> fillAttributes.run());
        q.attributeProperty().addListener((o, a, b) -> fillAttributes.run());
        fillAttributes.run();
        DatePicker from = new DatePicker();
        from.setId("query-from");
        from.setPromptText("from");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(q.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("query-to");
        to.setPromptText("to");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(q.toProperty());

        TextField expression = new TextField();
        expression.setId("query-expression");
        expression.textProperty().bindBidirectional(q.expressionProperty());
        expression.setPromptText("\"Partnership/Trust\" AND \"Voluntary sector\"");
        Button run = org.quire.ui.common.Icons.on(new Button("Run query"), org.quire.ui.common.Icons.RUN);
        run.setId("run-query");
        run.setDefaultButton(true);
        // Text typed into a node picker counts even when the picker still has the focus.
        Runnable commitAndRun = () -> {
            commit(nodeA);
            commit(nodeB);
            q.run();
        };
        run.setOnAction(e -> commitAndRun.run());
        expression.setOnAction(e -> q.run());
        HBox.setHgrow(expression, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("Node A"), nodeA, label("Operator"), operator, near);
        grid.addRow(1, label("Node B"), nodeB, label("Where"), new HBox(6, attribute, new Label("="), value));
        grid.addRow(2, label("Dated"), new HBox(6, from, new Label("to"), to));
        HBox exprRow = new HBox(8, new Label("Query"), expression, run);
        exprRow.setAlignment(Pos.CENTER_LEFT);

        TableView<PassageRow> table = PassageTable.of(q.results(), "query-results",
                "Choose nodes and press Run query", 600, q::open, showDocument);
        TextFlow context = new TextFlow();
        context.setId("query-context");
        context.setPadding(new Insets(8));
        context.setLineSpacing(2);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> showContext(context, row));
        javafx.scene.control.ScrollPane contextScroll = new javafx.scene.control.ScrollPane(context);
        contextScroll.setFitToWidth(true);
        SplitPane results = new SplitPane(table, contextScroll);
        results.setOrientation(javafx.geometry.Orientation.VERTICAL);
        results.setDividerPositions(0.72);

        Label summary = new Label();
        summary.textProperty().bind(q.summaryProperty());
        TextField name = new TextField();
        name.setId("query-name");
        name.setPromptText("name to save it under");
        name.textProperty().bindBidirectional(q.nameProperty());
        Button save = org.quire.ui.common.Icons.on(new Button("Save query"), org.quire.ui.common.Icons.SAVE);
        save.setId("save-query");
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> q.nameProperty().get() == null
                || q.nameProperty().get().isBlank() || q.expressionProperty().get().isBlank(), q.nameProperty(),
                q.expressionProperty()));
        save.setOnAction(e -> q.save());
        Button export = org.quire.ui.common.Icons.on(new Button("Export CSV…"), org.quire.ui.common.Icons.EXPORT);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setId("query-export");
        export.disableProperty().bind(Bindings.isEmpty(q.results()).or(q.readingProperty()));
        export.setOnAction(e -> exporter.choose("coding-query.csv", f -> q.exportCsv(f, () -> exporter.saved(f))));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, summary, spacer, name, save, export);
        bottom.setAlignment(Pos.CENTER_LEFT);

        BorderPane pane = new BorderPane(results);
        VBox top = new VBox(8, grid, exprRow);
        pane.setTop(top);
        pane.setBottom(bottom);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
        pane.setPadding(new Insets(10));
        return pane;
    }

    private ComboBox<String> nodePicker(String id) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(model.nodePaths());
        // The picker keeps its own copy of the paths, so a refreshed code book keeps the chosen node.
        model.nodePaths().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String keep = box.getValue();
            box.getItems().setAll(model.nodePaths());
            box.setValue(keep);
        });
        box.setId(id);
        box.setEditable(true);
        box.setPrefWidth(260);
        box.setVisibleRowCount(16);
        box.setPromptText("node path");
        // Typed text reaches the value when the field is left, so Run sees what was typed.
        box.getEditor().focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                box.setValue(box.getEditor().getText());
            }
        });
        return box;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static void commit(ComboBox<String> box) {
        String typed = box.getEditor().getText();
        if (typed != null && !typed.equals(box.getValue())) {
            box.setValue(typed);
        }
    }

    static void showContext(TextFlow flow, PassageRow row) {
        if (row == null) {
            flow.getChildren().clear();
            return;
        }
        Text where = new Text(row.passage().source().path() + ", " + row.where() + "\n");
        where.setFont(Font.font("System", FontWeight.BOLD, 12));
        Text left = new Text(row.left());
        Text hit = new Text(row.passage().text());
        hit.setFont(Font.font("System", FontWeight.BOLD, 13));
        hit.setFill(javafx.scene.paint.Color.web("#1f4e79"));
        Text right = new Text(row.right());
        flow.getChildren().setAll(where, left, hit, right);
    }
}
