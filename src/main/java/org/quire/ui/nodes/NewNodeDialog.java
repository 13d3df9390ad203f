package org.quire.ui.nodes;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.quire.model.NodePath;

/**
 * Asks for a new node's name and description, the way NVivo's New Node dialog does: the description
 * fixes what the code means from the start, so duplicates are easier to avoid later.
 */
public final class NewNodeDialog {
    /** What the user asked for: the full path of the new node and its description. */
    public record NewNode(String path, String description) {
    }

    private NewNodeDialog() {
    }

    /**
     * Shows the dialog over {@code owner}'s window.
     *
     * @param parentPath the node the new one goes under, or null for the top level
     * @return empty when cancelled
     */
    public static Optional<NewNode> ask(Node owner, String title, String header, String parentPath) {
        Dialog<NewNode> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(parentPath == null ? header : header + " under '" + parentPath + "'");
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        TextField name = new TextField();
        name.setId("new-node-name");
        name.setPromptText("e.g. Trust");
        TextArea description = new TextArea();
        description.setId("new-node-description");
        description.setPromptText("What belongs here, and what does not");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Description"), description);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(name.textProperty().map(String::isBlank));
        dialog.setOnShown(e -> name.requestFocus());
        dialog.setResultConverter(b -> b == ButtonType.OK ? new NewNode(pathOf(parentPath, name.getText()),
                description.getText().strip()) : null);
        return dialog.showAndWait();
    }

    /** The path of a node named {@code name} under {@code parentPath}; a '/' in the name stays part of it. */
    public static String pathOf(String parentPath, String name) {
        String escaped = NodePath.escape(name.strip());
        return parentPath == null || parentPath.isBlank() ? escaped : parentPath + "/" + escaped;
    }
}
