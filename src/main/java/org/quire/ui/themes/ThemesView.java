package org.quire.ui.themes;

import java.util.ArrayList;
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
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.model.NodeId;
import org.quire.model.Theme;
import org.quire.model.ThemeStatus;
import org.quire.service.themes.ThemeEvent;

/**
 * The Themes board — a column per status, a card per theme; drop a node from the code book on a
 * card to feed the theme — and, beside it, the editor of the selected theme: status with a reason,
 * definition, scope notes, narrative, nodes, timeline and memo.
 */
public final class ThemesView {
    private static final String NODE_DRAG = "quire-node:";

    private final ThemesViewModel vm;
    private final Supplier<List<NodeId>> selectedNodes;
    private final Consumer<Theme> openMatrix;
    private final InlinePrompt prompt = new InlinePrompt();
    private final List<ListView<ThemesViewModel.Card>> lists = new ArrayList<>();
    private Theme chosen;
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
        this.selectedNodes = selectedNodes;
        this.openMatrix = openMatrix;
    }

    public Region build() {
        SplitPane split = new SplitPane(board(), new ScrollPane(editor()));
        split.setDividerPositions(0.58);
        ((ScrollPane) split.getItems().get(1)).setFitToWidth(true);
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

    private Region board() {
        HBox columns = new HBox(8);
        columns.setPadding(new Insets(8));
        for (ThemeStatus s : ThemeStatus.values()) {
            ListView<ThemesViewModel.Card> list = new ListView<>();
            list.setId("board-" + s.label());
            list.setPrefWidth(150);
            list.setMinWidth(112);
            list.setCellFactory(v -> card());
            vm.cards().addListener((javafx.collections.ListChangeListener<ThemesViewModel.Card>) c ->
                    list.getItems().setAll(vm.cards().stream().filter(k -> k.theme().status() == s).toList()));
            list.getSelectionModel().selectedItemProperty().addListener((obs, old, card) -> {
                if (card != null) {
                    chosen = card.theme();
                    // One card is selected on the whole board, not one per column.
                    lists.stream().filter(other -> other != list).forEach(o -> o.getSelectionModel().clearSelection());
                    vm.select(card.theme());
                }
            });
            list.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.F2) {
                    renameSelected();
                    e.consume();
                } else if (e.getCode() == KeyCode.DELETE) {
                    deleteSelected();
                    e.consume();
                } else if (e.getCode() == KeyCode.ENTER && chosen != null) {
                    openMatrix.accept(chosen);
                    e.consume();
                }
            });
            list.setContextMenu(cardMenu());
            lists.add(list);
            Label title = new Label(s.label().substring(0, 1).toUpperCase() + s.label().substring(1));
            title.getStyleClass().add("board-title");
            VBox column = new VBox(4, title, list);
            VBox.setVgrow(list, Priority.ALWAYS);
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.getChildren().add(column);
        }
        // After the columns' own listeners: a theme asked for before the board had it is selected once it has.
        vm.cards().addListener((javafx.collections.ListChangeListener<ThemesViewModel.Card>) c -> selectPending());
        Button create = new Button("New theme from selected nodes…");
        create.setId("new-theme");
        create.setOnAction(e -> newTheme());
        Button sub = new Button("New sub-theme…");
        sub.setId("new-sub-theme");
        sub.setOnAction(e -> newSubTheme());
        Button rename = new Button("Rename…");
        rename.setId("rename-theme");
        rename.setOnAction(e -> renameSelected());
        Button delete = new Button("Delete…");
        delete.setId("delete-theme");
        delete.setOnAction(e -> deleteSelected());
        Button matrix = new Button("Open its matrix");
        matrix.setId("open-matrix");
        matrix.setOnAction(e -> {
            if (chosen != null) {
                openMatrix.accept(chosen);
            }
        });
        for (Button b : List.of(sub, rename, delete, matrix)) {
            b.disableProperty().bind(vm.detailProperty().isNull());
        }
        Label hint = new Label("Drag a node from the code book onto a theme to add it. F2 renames, Del deletes,"
                + " Ctrl+Shift+N adds a sub-theme, Enter opens the theme matrix.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        FlowPane buttons = new FlowPane(6, 6, create, sub, rename, delete, matrix);
        VBox bar = new VBox(6, buttons, hint, prompt);
        bar.setPadding(new Insets(8, 8, 0, 8));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);
        BorderPane pane = new BorderPane(scroll);
        pane.setTop(bar);
        return pane;
    }

    /** A theme card: name, parent, node count; accepts nodes dragged from the code book. */
    private ListCell<ThemesViewModel.Card> card() {
        ListCell<ThemesViewModel.Card> cell = new ListCell<>() {
            @Override
            protected void updateItem(ThemesViewModel.Card c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    return;
                }
                setText(c.theme().name() + (c.parent() == null ? "" : "\n  under " + c.parent()) + "\n  "
                        + c.nodes() + (c.nodes() == 1 ? " node" : " nodes")
                        + (c.theme().definition().isBlank() ? "" : " · defined"));
            }
        };
        cell.setWrapText(true);
        // A zero preferred width lets the text wrap to the column instead of widening it.
        cell.setPrefWidth(0);
        cell.setOnDragOver(e -> {
            if (cell.getItem() != null && e.getDragboard().hasString()
                    && e.getDragboard().getString().startsWith(NODE_DRAG)) {
                e.acceptTransferModes(TransferMode.MOVE, TransferMode.COPY);
                e.consume();
            }
        });
        cell.setOnDragDropped(e -> {
            String s = e.getDragboard().hasString() ? e.getDragboard().getString() : "";
            if (cell.getItem() != null && s.startsWith(NODE_DRAG)) {
                vm.addNode(cell.getItem().theme(), new NodeId(Long.parseLong(s.substring(NODE_DRAG.length()))));
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return cell;
    }

    private javafx.scene.control.ContextMenu cardMenu() {
        MenuItem matrix = new MenuItem("Open its theme matrix\tEnter");
        matrix.setOnAction(e -> {
            if (chosen != null) {
                openMatrix.accept(chosen);
            }
        });
        MenuItem sub = new MenuItem("New sub-theme…\tCtrl+Shift+N");
        sub.setOnAction(e -> newSubTheme());
        MenuItem rename = new MenuItem("Rename…\tF2");
        rename.setOnAction(e -> renameSelected());
        MenuItem delete = new MenuItem("Delete…\tDel");
        delete.setOnAction(e -> deleteSelected());
        return new javafx.scene.control.ContextMenu(matrix, sub, rename, delete);
    }

    /** Asks, in the board, for the name of a new candidate theme fed by the nodes selected in the code book. */
    public void newTheme() {
        List<NodeId> from = selectedNodes.get();
        prompt.ask("Name of the new candidate theme" + (from.isEmpty() ? " (no nodes selected in the code book:"
                + " it starts empty)" : ", fed by the " + from.size() + (from.size() == 1 ? " node" : " nodes")
                + " selected in the code book"), "", "Create", n -> vm.createTheme(n, from));
    }

    private org.quire.model.ThemeId pendingCard;
    private org.quire.model.ThemeId focusDefinitionOf;

    /**
     * Selects the theme's card (its editor opens beside the board), once the board holds it; with
     * {@code definition}, the definition field then takes the keyboard.
     */
    public void show(org.quire.model.ThemeId theme, boolean definition) {
        pendingCard = theme;
        focusDefinitionOf = definition ? theme : null;
        selectPending();
    }

    private void selectPending() {
        if (pendingCard == null) {
            return;
        }
        for (ListView<ThemesViewModel.Card> list : lists) {
            for (ThemesViewModel.Card card : list.getItems()) {
                if (card.theme().id().equals(pendingCard)) {
                    pendingCard = null;
                    list.getSelectionModel().select(card);
                    list.scrollTo(card);
                    return;
                }
            }
        }
    }

    /** Asks, in the board, for the name of a new sub-theme of the selected theme. */
    public void newSubTheme() {
        Theme parent = selectedTheme();
        if (parent != null) {
            prompt.ask("Name of the new sub-theme of '" + parent.name() + "'", "", "Create",
                    n -> vm.createSubTheme(parent, n));
        }
    }

    /** Asks, in the board, for the selected theme's new name. */
    public void renameSelected() {
        Theme t = selectedTheme();
        if (t != null) {
            prompt.ask("New name of the theme '" + t.name() + "'", t.name(), "Rename", n -> {
                if (!n.equals(t.name())) {
                    vm.rename(t, n);
                }
            });
        }
    }

    /** Asks, in the board, to confirm deleting the selected theme, naming what goes with it. */
    public void deleteSelected() {
        Theme t = selectedTheme();
        if (t == null) {
            return;
        }
        vm.deletionImpact(t, impact -> prompt.confirm(Format.deletion(t.name(), impact), "Delete theme",
                () -> vm.delete(t)));
    }

    private Theme selectedTheme() {
        var d = vm.detailProperty().get();
        return d == null ? null : d.theme();
    }

    private Region editor() {
        heading.getStyleClass().add("editor-heading");
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
