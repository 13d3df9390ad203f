package org.quire.ui.themes;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.model.NodeId;
import org.quire.model.Theme;
import org.quire.model.ThemeStatus;
import org.quire.service.themes.ThemeEvent;

/**
 * The Themes board ({@link ThemeBoard}) and, beside it, the editor of the selected theme: status
 * with a reason, definition, scope notes, narrative, nodes, timeline and memo.
 */
public final class ThemesView {
    private final ThemesViewModel vm;
    private final ThemeBoard board;
    private final Label heading = new Label("Select a theme on the board");
    private final ComboBox<ThemeStatus> status = new ComboBox<>();
    private final TextField reason = new TextField();
    private final TextArea definition = new TextArea();
    private final TextArea scopeIn = new TextArea();
    private final TextArea scopeOut = new TextArea();
    private final TextArea narrative = new TextArea();
    private final ListView<String> nodes = new ListView<>();
    private final ListView<ThemeEvent> timeline = new ListView<>();
    private final ListView<String> memo = new ListView<>();
    private final TextField memoEntry = new TextField();

    /**
     * @param selectedNodes the nodes selected in the code book, for "New theme from selected nodes"
     * @param openMatrix    opens the theme matrix tab on a theme
     */
    public ThemesView(ThemesViewModel vm, Supplier<List<NodeId>> selectedNodes, Consumer<Theme> openMatrix) {
        this.vm = vm;
        this.board = new ThemeBoard(vm, selectedNodes, openMatrix);
    }

    public Region build() {
        SplitPane split = new SplitPane(board.build(), new ScrollPane(editor()));
        split.setDividerPositions(0.58);
        ((ScrollPane) split.getItems().get(1)).setFitToWidth(true);
        // The editor is a form: past a comfortable width, what a wider window gives goes to the board's
        // columns. Until the divider is moved by hand.
        boolean[] placing = {false};
        boolean[] moved = {false};
        split.getDividers().get(0).positionProperty().addListener((o, a, b) -> moved[0] |= !placing[0]
                && split.getWidth() > 0 && split.isPressed());
        split.widthProperty().addListener((o, a, w) -> {
            if (!moved[0] && w.doubleValue() > 0) {
                double editorWidth = Math.max(340, Math.min(460, w.doubleValue() * 0.4));
                placing[0] = true;
                split.setDividerPositions(Math.max(0.3, 1 - editorWidth / w.doubleValue()));
                placing[0] = false;
            }
        });
        vm.detailProperty().addListener((obs, old, d) -> show(d));
        vm.detailProperty().addListener((obs, old, d) -> {
            if (d != null && d.theme().id().equals(focusDefinitionOf)) {
                focusDefinitionOf = null;
                definition.requestFocus();
                definition.end();
            }
        });
        return split;
    }

    /** Asks, in the board, for the name of a new candidate theme fed by the nodes selected in the code book. */
    public void newTheme() {
        board.newTheme();
    }

    private org.quire.model.ThemeId focusDefinitionOf;

    /**
     * Selects the theme's card (its editor opens beside the board), once the board holds it; with
     * {@code definition}, the definition field then takes the keyboard.
     */
    public void show(org.quire.model.ThemeId theme, boolean definition) {
        focusDefinitionOf = definition ? theme : null;
        board.show(theme);
    }

    /** Asks, in the board, for the name of a new sub-theme of the selected theme. */
    public void newSubTheme() {
        board.newSubTheme();
    }

    /** Asks, in the board, for the selected theme's new name. */
    public void renameSelected() {
        board.renameSelected();
    }

    /** Asks, in the board, to confirm deleting the selected theme, naming what goes with it. */
    public void deleteSelected() {
        board.deleteSelected();
    }

    private Region editor() {
        heading.getStyleClass().add("editor-heading");
        heading.setId("theme-heading");
        heading.setWrapText(true);
        status.getItems().setAll(ThemeStatus.values());
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ThemeStatus s) {
                return s == null ? "" : s.label();
            }

            @Override
            public ThemeStatus fromString(String text) {
                return ThemeStatus.parse(text);
            }
        });
        status.setId("theme-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        reason.setPromptText("why (kept in the theme's history)");
        reason.setId("status-reason");
        Button apply = new Button("Change status");
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.setId("change-status");
        apply.setOnAction(e -> {
            var d = vm.detailProperty().get();
            if (d != null && status.getValue() != null) {
                vm.setStatus(d.theme(), status.getValue(), reason.getText());
                reason.clear();
            }
        });
        // The reason gets a line of its own: beside the status and the button it was squeezed to a
        // few characters in a narrow window.
        // In a narrow window the button goes under the status rather than pushing the editor wider.
        FlowPane statusLine = new FlowPane(6, 4, label("Status"), status, apply);
        statusLine.setAlignment(Pos.CENTER_LEFT);
        statusLine.setPrefWrapLength(160);
        reason.setMinWidth(120);
        VBox statusRow = new VBox(4, statusLine, reason);

        definition.setId("theme-definition");
        narrative.setId("theme-narrative");
        for (TextArea a : List.of(definition, scopeIn, scopeOut)) {
            a.setWrapText(true);
            a.setPrefRowCount(2);
        }
        narrative.setWrapText(true);
        narrative.setPrefRowCount(7);
        narrative.setPromptText("# heading, - bullet, > quoted extract, **bold**, *italic*");
        Button save = new Button("Save definition, scope and narrative");
        save.setId("save-theme");
        // Its text wraps rather than setting a minimum width for the whole editor.
        save.setWrapText(true);
        save.setMinWidth(0);
        save.setOnAction(e -> {
            var d = vm.detailProperty().get();
            if (d != null) {
                vm.saveTexts(d.theme(), definition.getText(), scopeIn.getText(), scopeOut.getText(), narrative.getText());
            }
        });
        // Each label sits above its field, so the fields keep the editor's full width in a narrow window.
        VBox texts = new VBox(2, label("Definition"), definition, label("In scope"), scopeIn, label("Out of scope"),
                scopeOut, label("Narrative"), narrative);

        nodes.setPrefHeight(110);
        Button remove = new Button("Remove node from theme");
        remove.setOnAction(e -> {
            var d = vm.detailProperty().get();
            String path = nodes.getSelectionModel().getSelectedItem();
            if (d != null && path != null) {
                vm.removeNode(d.theme(), path);
            }
        });
        timeline.setId("theme-timeline");
        timeline.setPrefHeight(150);
        timeline.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ThemeEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : Format.minute(e.at()) + "  " + e.coder() + "  " + Format.event(e));
            }
        });
        memo.setPrefHeight(110);
        memoEntry.setPromptText("new memo entry, Enter to add");
        memoEntry.setOnAction(e -> {
            var d = vm.detailProperty().get();
            if (d != null && !memoEntry.getText().isBlank()) {
                vm.addMemoEntry(d.theme(), memoEntry.getText());
                memoEntry.clear();
            }
        });
        VBox box = new VBox(8, heading, statusRow, texts, save,
                new TitledPane("Nodes feeding it", new VBox(4, nodes, remove)),
                new TitledPane("Timeline", timeline),
                new TitledPane("Memo", new VBox(4, memo, memoEntry)));
        box.setPadding(new Insets(8));
        return box;
    }

    // Labels keep their full width; the text areas beside them take what is left.
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void show(ThemesViewModel.Detail d) {
        if (d == null) {
            heading.setText("Select a theme on the board");
            return;
        }
        Theme t = d.theme();
        heading.setText(t.name() + "  —  " + t.status().label());
        status.setValue(t.status());
        definition.setText(t.definition());
        scopeIn.setText(t.scopeIn());
        scopeOut.setText(t.scopeOut());
        narrative.setText(t.narrative());
        nodes.getItems().setAll(d.nodes());
        timeline.getItems().setAll(d.timeline());
        memo.getItems().setAll(d.memo().stream().map(m -> Format.minute(m.at()) + "  " + m.coder() + ": " + m.text())
                .toList());
    }
}
