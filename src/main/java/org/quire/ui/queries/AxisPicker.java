package org.quire.ui.queries;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Picks what one axis of a matrix is: nodes (several), the children of a node, cases or an attribute's values. */
final class AxisPicker extends VBox {
    private final ChoiceBox<MatrixModel.AxisKind> kind =
            new ChoiceBox<>(FXCollections.observableArrayList(MatrixModel.AxisKind.values()));
    private final ListView<String> nodes;
    private final ComboBox<String> name = new ComboBox<>();
    private final QueriesModel model;

    AxisPicker(QueriesModel model, String title, String id, MatrixModel.AxisKind initial) {
        super(6);
        this.model = model;
        nodes = new ListView<>(model.nodePaths());
        nodes.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        nodes.setPrefHeight(96);
        nodes.setPrefWidth(420);
        nodes.setId(id + "-nodes");
        kind.setId(id + "-kind");
        name.setId(id + "-name");
        name.setPrefWidth(240);
        name.setVisibleRowCount(14);
        kind.setValue(initial);
        kind.valueProperty().addListener((o, a, k) -> refill());
        model.choicesProperty().addListener((o, a, c) -> refill());
        model.nodePaths().addListener((javafx.collections.ListChangeListener<String>) c -> refill());
        Label label = new Label(title);
        label.setStyle("-fx-font-weight: bold;");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(8, label, kind, name);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(head, nodes);
        refill();
    }

    private void refill() {
        MatrixModel.AxisKind k = kind.getValue();
        String keep = name.getValue();
        List<String> items = switch (k) {
            case CHILDREN -> model.nodePaths();
            case ATTRIBUTE -> List.copyOf(model.choicesProperty().get().attributeValues().keySet());
            default -> List.of();
        };
        name.getItems().setAll(items);
        name.setValue(keep != null && items.contains(keep) ? keep : items.isEmpty() ? null : items.get(0));
        boolean named = k == MatrixModel.AxisKind.CHILDREN || k == MatrixModel.AxisKind.ATTRIBUTE;
        name.setVisible(named);
        name.setManaged(named);
        nodes.setVisible(k == MatrixModel.AxisKind.NODES);
        nodes.setManaged(k == MatrixModel.AxisKind.NODES);
    }

    /** Selects nodes by path (for tests and for reopening a matrix). */
    void selectNodes(List<String> paths) {
        kind.setValue(MatrixModel.AxisKind.NODES);
        nodes.getSelectionModel().clearSelection();
        paths.forEach(p -> nodes.getSelectionModel().select(p));
    }

    void choose(MatrixModel.AxisKind k, String value) {
        kind.setValue(k);
        name.setValue(value);
    }

    MatrixModel.AxisChoice choice() {
        return new MatrixModel.AxisChoice(kind.getValue(), List.copyOf(nodes.getSelectionModel().getSelectedItems()),
                name.getValue());
    }
}
