package org.quire.ui.queries;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.quire.service.queries.ScopeChoices;

/**
 * "Look in: [All sources | Folder | Attribute value | Text coded at node] [name] [value]" — the
 * restriction a search or word list applies, with the pickers filled from the project.
 */
public final class ScopeBar extends HBox {
    private final ChoiceBox<Scope.Kind> kind = new ChoiceBox<>(FXCollections.observableArrayList(Scope.Kind.values()));
    private final ComboBox<String> name = new ComboBox<>();
    private final ComboBox<String> value = new ComboBox<>();
    private final QueriesModel model;

    public ScopeBar(QueriesModel model, String idPrefix) {
        super(6);
        this.model = model;
        setAlignment(Pos.CENTER_LEFT);
        kind.setValue(Scope.Kind.ALL);
        kind.setId(idPrefix + "-scope");
        name.setId(idPrefix + "-scope-name");
        value.setId(idPrefix + "-scope-value");
        name.setEditable(true);
        value.setEditable(true);
        name.setPrefWidth(200);
        value.setPrefWidth(140);
        name.setVisibleRowCount(14);
        kind.valueProperty().addListener((o, a, k) -> {
            refill();
            // Offer what the project holds now (nodes made since the window opened, new attributes).
            if (k != Scope.Kind.ALL) {
                model.refresh();
            }
        });
        name.valueProperty().addListener((o, a, n) -> refillValues());
        model.choicesProperty().addListener((o, a, c) -> refill());
        model.nodePaths().addListener((javafx.collections.ListChangeListener<String>) c -> refill());
        getChildren().setAll(new Label("Look in"), kind, name, value);
        refill();
    }

    private void refill() {
        Scope.Kind k = kind.getValue();
        ScopeChoices c = model.choicesProperty().get();
        String keep = name.getValue();
        List<String> items = switch (k) {
            case ALL -> List.of();
            case FOLDER -> c.folders();
            case ATTRIBUTE -> List.copyOf(c.attributeValues().keySet());
            case NODE -> model.nodePaths();
        };
        name.getItems().setAll(items);
        name.setValue(keep != null && items.contains(keep) ? keep : items.isEmpty() ? null : items.get(0));
        name.setPromptText(switch (k) {
            case ALL -> "";
            case FOLDER -> "folder";
            case ATTRIBUTE -> "attribute";
            case NODE -> "node";
        });
        name.setVisible(k != Scope.Kind.ALL);
        name.setManaged(k != Scope.Kind.ALL);
        value.setVisible(k == Scope.Kind.ATTRIBUTE);
        value.setManaged(k == Scope.Kind.ATTRIBUTE);
        refillValues();
    }

    private void refillValues() {
        if (kind.getValue() != Scope.Kind.ATTRIBUTE) {
            return;
        }
        List<String> values = name.getValue() == null ? List.of()
                : model.choicesProperty().get().attributeValues().getOrDefault(name.getValue(), List.of());
        String keep = value.getValue();
        value.getItems().setAll(values);
        value.setValue(keep != null && values.contains(keep) ? keep : values.isEmpty() ? null : values.get(0));
    }

    /** The restriction as chosen now. */
    public Scope scope() {
        return new Scope(kind.getValue(), text(name), text(value));
    }

    // An editable combo box holds typed text in its editor until it loses focus.
    private static String text(ComboBox<String> box) {
        if (!box.isVisible()) {
            return null;
        }
        String typed = box.getEditor().getText();
        return typed != null && !typed.isBlank() ? typed : box.getValue();
    }
}
