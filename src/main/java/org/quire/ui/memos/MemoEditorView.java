package org.quire.ui.memos;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.model.MemoEntry;

/** A memo: entries newest first, each under its date, time and coder; a box for the next entry. */
public final class MemoEditorView {
    private final MemoEditorViewModel vm;

    public MemoEditorView(MemoEditorViewModel vm) {
        this.vm = vm;
    }

    public Region build() {
        Label title = new Label(vm.title());
        title.getStyleClass().add("memo-title");
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("memo-summary");
        summary.setWrapText(true);
        ListView<MemoEntry> entries = new ListView<>(vm.entries());
        entries.setId("memo-entries");
        entries.setPlaceholder(new Label("No entries yet"));
        entries.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MemoEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label stamp = new Label(vm.stamp(e));
                stamp.getStyleClass().add("memo-stamp");
                stamp.setWrapText(true);
                stamp.maxWidthProperty().bind(l.widthProperty().subtract(40));
                Label text = new Label(e.text());
                text.setWrapText(true);
                text.maxWidthProperty().bind(l.widthProperty().subtract(40));
                setGraphic(new VBox(2, stamp, text));
                setText(null);
            }
        });
        VBox.setVgrow(entries, Priority.ALWAYS);
        TextArea next = new TextArea();
        next.setId("memo-new-entry");
        next.setPromptText("New entry: what you noticed, decided or changed, and why. Ctrl+Enter adds it.");
        next.setPrefRowCount(4);
        next.setWrapText(true);
        Button add = org.quire.ui.common.Icons.on(new Button("New entry"), org.quire.ui.common.Icons.NEW);
        add.setId("memo-add-entry");
        add.setMinWidth(Region.USE_PREF_SIZE);
        Runnable addIt = () -> {
            vm.addEntry(next.getText());
            if (!next.getText().isBlank()) {
                next.clear();
            }
        };
        add.setOnAction(e -> addIt.run());
        next.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                addIt.run();
                e.consume();
            }
        });
        Label hint = new Label("stamped with the date, time and your name");
        hint.getStyleClass().add("memo-summary");
        hint.setWrapText(true);
        HBox buttons = new HBox(8, add, hint);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, title, summary, entries, next, buttons);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("memo-editor");
        vm.load();
        return box;
    }
}
