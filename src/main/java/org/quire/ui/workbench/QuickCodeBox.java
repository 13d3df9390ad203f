package org.quire.ui.workbench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Quick code (Ctrl+Q): a type-ahead box over node paths. Enter codes at the highlighted match, or
 * at the typed path when nothing matches — which creates that node.
 */
final class QuickCodeBox {
    private QuickCodeBox() {
    }

    static Optional<String> ask(Window owner, List<String> paths, String selectionPreview) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Quick code");
        dialog.setHeaderText("Code “" + selectionPreview + "” at…");
        TextField field = new TextField();
        field.setId("quick-code-field");
        field.setPromptText("Type a node name or path (Parent/Child); a new name creates the node");
        FilteredList<String> matches = new FilteredList<>(FXCollections.observableArrayList(paths));
        ListView<String> list = new ListView<>(matches);
        list.setId("quick-code-matches");
        list.setPrefHeight(220);
        field.textProperty().addListener((obs, old, typed) -> {
            String t = typed.strip().toLowerCase(Locale.ROOT);
            matches.setPredicate(p -> t.isEmpty() || p.toLowerCase(Locale.ROOT).contains(t));
            if (!matches.isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                list.getSelectionModel().selectPrevious();
                e.consume();
            }
        });
        VBox box = new VBox(8, field, list, new Label("Enter codes · ↑↓ choose · Esc cancels"));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(e -> field.requestFocus());
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            String typed = field.getText().strip();
            String chosen = list.getSelectionModel().getSelectedItem();
            boolean exact = paths.stream().anyMatch(p -> p.equalsIgnoreCase(typed));
            return chosen != null && !exact && !matches.isEmpty() ? chosen : typed;
        });
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }
}
