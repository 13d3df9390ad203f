package org.quire.ui.workbench;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * Quick code (Ctrl+Q): a type-ahead bar over the document, in the window itself so the reader's
 * eyes stay on the text. Enter codes at the highlighted node path, or at the typed path when
 * nothing matches — which creates that node; Escape closes it.
 */
final class QuickCodeBox extends VBox {
    private final Label heading = new Label();
    private final TextField field = new TextField();
    private final ObservableList<String> allPaths = FXCollections.observableArrayList();
    private final FilteredList<String> matches = new FilteredList<>(allPaths);
    private final ListView<String> list = new ListView<>(matches);
    private List<String> paths = List.of();
    private Consumer<String> onChosen = p -> { };
    private Runnable onClosed = () -> { };

    QuickCodeBox() {
        this("quick-code");
    }

    /** @param id the box's id; its field and list get "-field" and "-matches" after it (for tests). */
    QuickCodeBox(String id) {
        super(6);
        getStyleClass().add("quick-code");
        setId(id);
        setMaxWidth(560);
        setMaxHeight(VBox.USE_PREF_SIZE);
        setAlignment(Pos.TOP_LEFT);
        field.setId(id + "-field");
        field.setPromptText("Node name or path (Parent/Child); a new name creates the node");
        list.setId(id + "-matches");
        list.setPrefHeight(200);
        list.setFocusTraversable(false);
        heading.getStyleClass().add("quick-code-heading");
        getChildren().addAll(heading, field, list, new Label("Enter codes at the highlighted node, or at a new node of the name typed when none matches ·"
                + " ↑↓ choose · Esc closes"));
        field.textProperty().addListener((obs, old, typed) -> filter(typed));
        field.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DOWN -> list.getSelectionModel().selectNext();
                case UP -> list.getSelectionModel().selectPrevious();
                case ENTER -> choose();
                case ESCAPE -> close();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    /** Shows the bar for a selection; {@code chosen} receives the node path picked or typed. */
    void open(String selectionPreview, List<String> nodePaths, Consumer<String> chosen, Runnable closed) {
        openWithHeading("Code “" + selectionPreview + "” at…", nodePaths, chosen, closed);
    }

    /** Shows the bar with its own heading (code the whole source at…, uncode from…). */
    void openWithHeading(String text, List<String> nodePaths, Consumer<String> chosen, Runnable closed) {
        this.paths = nodePaths;
        this.onChosen = chosen;
        this.onClosed = closed;
        heading.setText(text);
        allPaths.setAll(nodePaths);
        field.clear();
        filter("");
        setVisible(true);
        setManaged(true);
        field.requestFocus();
    }

    private void filter(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        matches.setPredicate(p -> t.isEmpty() || p.toLowerCase(Locale.ROOT).contains(t));
        if (t.isEmpty() || matches.isEmpty()) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().selectFirst();
        }
    }

    private void choose() {
        String typed = field.getText().strip();
        String chosen = list.getSelectionModel().getSelectedItem();
        boolean exact = paths.stream().anyMatch(p -> p.equalsIgnoreCase(typed));
        String path = chosen != null && !exact ? chosen : typed;
        close();
        if (!path.isEmpty()) {
            onChosen.accept(path);
        }
    }

    private void close() {
        setVisible(false);
        setManaged(false);
        onClosed.run();
    }
}
