package org.quire.ui.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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

/**
 * The Themes board: a column per status, a card per theme. A card sits in the column of its
 * status and nowhere else: moving it to another column (dragging it, its menu, Ctrl+Left/Right)
 * changes its status, with a reason, and a status changed in the editor moves it. Columns keep a
 * readable width; in a narrow window the board scrolls sideways, and the selected card's column
 * is scrolled into view. Nodes dragged from the code book onto a card feed its theme.
 */
final class ThemeBoard {
    /** Narrower than this, a card's name wraps after every word or two. */
    static final double COLUMN_MIN_WIDTH = 220;
    private static final double COLUMN_PREF_WIDTH = 240;
    private static final String NODE_DRAG = "quire-node:";
    private static final String THEME_DRAG = "quire-theme:";

    private final ThemesViewModel vm;
    private final Supplier<List<NodeId>> selectedNodes;
    private final Consumer<Theme> openMatrix;
    private final InlinePrompt prompt = new InlinePrompt();
    private final List<ListView<ThemesViewModel.Card>> lists = new ArrayList<>();
    private final List<Label> titles = new ArrayList<>();
    private final HBox columns = new HBox(8);
    private final ScrollPane scroll = new ScrollPane(columns);
    // While the board refills or follows the editor it selects cards itself: that is not a new choice.
    private boolean syncing;

    ThemeBoard(ThemesViewModel vm, Supplier<List<NodeId>> selectedNodes, Consumer<Theme> openMatrix) {
        this.vm = vm;
        this.selectedNodes = selectedNodes;
        this.openMatrix = openMatrix;
    }

    Region build() {
        columns.setPadding(new Insets(8));
        columns.setId("board-columns");
        for (ThemeStatus s : ThemeStatus.values()) {
            columns.getChildren().add(column(s));
        }
        vm.cards().addListener((ListChangeListener<ThemesViewModel.Card>) c -> refill());
        // Built when its tab is first shown: the cards may have been read already (for the map).
        refill();
        // After the columns are filled: a theme asked for before the board had it is selected once it has.
        vm.cards().addListener((ListChangeListener<ThemesViewModel.Card>) c -> selectPending());
        vm.detailProperty().addListener((obs, old, d) -> follow());

        scroll.setId("board-scroll");
        scroll.setFitToHeight(true);
        // Fit to width still keeps the columns' minimum width: below it, the board scrolls sideways.
        scroll.setFitToWidth(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // A filter, so the keys work whether a column or the board around it has the focus.
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scroll.addEventFilter(DragEvent.DRAG_OVER, this::scrollWhileDragging);

        BorderPane pane = new BorderPane(scroll);
        pane.setTop(bar());
        return pane;
    }

    private Region column(ThemeStatus s) {
        ListView<ThemesViewModel.Card> list = new ListView<>();
        list.setId("board-" + s.label());
        list.setMinWidth(COLUMN_MIN_WIDTH);
        list.setPrefWidth(COLUMN_PREF_WIDTH);
        list.setCellFactory(v -> card());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, card) -> {
            if (card != null) {
                // One card is selected on the whole board, not one per column.
                lists.stream().filter(other -> other != list).forEach(o -> o.getSelectionModel().clearSelection());
                if (!syncing) {
                    vm.select(card.theme());
                }
            }
        });
        list.setOnDragOver(e -> {
            Theme t = draggedTheme(e.getDragboard());
            if (t != null && t.status() != s) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        list.setOnDragDropped(e -> {
            Theme t = draggedTheme(e.getDragboard());
            if (t != null && t.status() != s) {
                askMove(t, s);
                e.setDropCompleted(true);
                e.consume();
            }
        });
        list.setContextMenu(cardMenu());
        lists.add(list);
        Label title = new Label(title(s, 0));
        title.getStyleClass().add("board-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        titles.add(title);
        VBox column = new VBox(4, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private static String title(ThemeStatus s, int count) {
        return s.label().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.label().substring(1) + "  (" + count
                + ")";
    }

    private Region bar() {
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
        matrix.setOnAction(e -> openSelectedMatrix());
        for (Button b : List.of(create, sub, rename, delete, matrix)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (Button b : List.of(sub, rename, delete, matrix)) {
            b.disableProperty().bind(vm.detailProperty().isNull());
        }
        Label hint = new Label("Drag a node from the code book onto a theme to add it; drag a card to another column"
                + " (or Ctrl+Left/Right) to change its status. F2 renames, Del deletes, Ctrl+Shift+N adds a"
                + " sub-theme, Enter opens the theme matrix.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(6, 6, create, sub, rename, delete, matrix);
        VBox bar = new VBox(6, buttons, hint, prompt);
        bar.setPadding(new Insets(8, 8, 0, 8));
        return bar;
    }

    /** A theme card: name, parent, node count; dragged to another column, or fed nodes from the code book. */
    private ListCell<ThemesViewModel.Card> card() {
        ListCell<ThemesViewModel.Card> cell = new ListCell<>() {
            @Override
            protected void updateItem(ThemesViewModel.Card c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setId(null);
                    setGraphic(null);
                    return;
                }
                setId("card-" + c.theme().guid());
                setGraphic(c.openComments() == 0 ? null : badge(c.openComments()));
                setText(c.theme().name() + (c.parent() == null ? "" : "\n  under " + c.parent()) + "\n  "
                        + c.nodes() + (c.nodes() == 1 ? " node" : " nodes")
                        + (c.theme().definition().isBlank() ? "" : " · defined"));
            }
        };
        cell.getStyleClass().add("theme-card");
        cell.setWrapText(true);
        // A zero preferred width lets the text wrap to the column instead of widening it.
        cell.setPrefWidth(0);
        cell.setOnDragDetected(e -> {
            if (cell.getItem() != null) {
                Dragboard db = cell.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(THEME_DRAG + cell.getItem().theme().guid());
                db.setContent(content);
                db.setDragView(cell.snapshot(null, null), e.getX(), e.getY());
                e.consume();
            }
        });
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

    /** The supervisor's open comments on a theme: a small count beside its name. */
    private static Label badge(int open) {
        Label badge = new Label(Integer.toString(open));
        badge.getStyleClass().add("review-badge");
        badge.setStyle("-fx-background-color: #b35900; -fx-text-fill: white; -fx-background-radius: 8;"
                + " -fx-padding: 0 5 0 5; -fx-font-size: 0.85em;");
        badge.setTooltip(new javafx.scene.control.Tooltip(open == 1 ? "1 open review comment"
                : open + " open review comments"));
        return badge;
    }

    private Theme draggedTheme(Dragboard board) {
        String s = board.hasString() ? board.getString() : "";
        if (!s.startsWith(THEME_DRAG)) {
            return null;
        }
        String guid = s.substring(THEME_DRAG.length());
        return vm.cards().stream().map(ThemesViewModel.Card::theme).filter(t -> t.guid().equals(guid)).findFirst()
                .orElse(null);
    }

    // A card dragged towards an edge of the board scrolls it, so every column can be reached.
    private void scrollWhileDragging(DragEvent e) {
        double width = scroll.getViewportBounds().getWidth();
        double x = scroll.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
        if (x < 40) {
            scroll.setHvalue(Math.max(scroll.getHmin(), scroll.getHvalue() - 0.03));
        } else if (x > width - 40) {
            scroll.setHvalue(Math.min(scroll.getHmax(), scroll.getHvalue() + 0.03));
        }
    }

    private ContextMenu cardMenu() {
        MenuItem matrix = new MenuItem("Open its theme matrix\tEnter");
        matrix.setOnAction(e -> openSelectedMatrix());
        Menu move = new Menu("Move to");
        for (ThemeStatus s : ThemeStatus.values()) {
            MenuItem to = new MenuItem(s.label());
            to.setId("move-to-" + s.label());
            to.setOnAction(e -> {
                Theme t = selectedCard();
                if (t != null && t.status() != s) {
                    askMove(t, s);
                }
            });
            move.getItems().add(to);
        }
        move.setOnShowing(e -> {
            Theme t = selectedCard();
            for (int i = 0; i < move.getItems().size(); i++) {
                move.getItems().get(i).setDisable(t == null || t.status() == ThemeStatus.values()[i]);
            }
        });
        MenuItem sub = new MenuItem("New sub-theme…\tCtrl+Shift+N");
        sub.setOnAction(e -> newSubTheme());
        MenuItem rename = new MenuItem("Rename…\tF2");
        rename.setOnAction(e -> renameSelected());
        MenuItem delete = new MenuItem("Delete…\tDel");
        delete.setOnAction(e -> deleteSelected());
        return new ContextMenu(matrix, move, sub, rename, delete);
    }

    private void key(KeyEvent e) {
        boolean moveKey = e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown()
                && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT);
        if (moveKey) {
            Theme t = selectedCard();
            if (t != null) {
                int next = t.status().ordinal() + (e.getCode() == KeyCode.RIGHT ? 1 : -1);
                if (next >= 0 && next < ThemeStatus.values().length) {
                    askMove(t, ThemeStatus.values()[next]);
                }
            }
            e.consume();
        } else if (e.isShortcutDown() || e.isAltDown()) {
            return;
        } else if (e.getCode() == KeyCode.F2) {
            renameSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            deleteSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && selectedCard() != null) {
            openSelectedMatrix();
            e.consume();
        }
    }

    /** Asks for the reason of a move; the card changes column when the status has changed. */
    private void askMove(Theme t, ThemeStatus to) {
        prompt.ask("Why does '" + t.name() + "' become " + to.label() + "? (kept in the theme's timeline)", "",
                "Move to " + to.label(), reason -> vm.setStatus(t, to, reason));
    }

    /** Asks, in the board, for the name of a new sub-theme of the selected theme. */
    /** Asks, in the board, for the name of a new candidate theme fed by the nodes selected in the code book. */
    void newTheme() {
        List<NodeId> from = selectedNodes.get();
        prompt.ask("Name of the new candidate theme" + (from.isEmpty() ? " (no nodes selected in the code book:"
                + " it starts empty)" : ", fed by the " + from.size() + (from.size() == 1 ? " node" : " nodes")
                + " selected in the code book"), "", "Create", n -> vm.createTheme(n, from));
    }

    private org.quire.model.ThemeId pendingCard;

    /** Selects the theme's card and scrolls to it, now or once the board holds it. */
    void show(org.quire.model.ThemeId theme) {
        pendingCard = theme;
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

    void newSubTheme() {
        Theme parent = selectedTheme();
        if (parent != null) {
            prompt.ask("Name of the new sub-theme of '" + parent.name() + "'", "", "Create",
                    n -> vm.createSubTheme(parent, n));
        }
    }

    /** Asks, in the board, for the selected theme's new name. */
    void renameSelected() {
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
    void deleteSelected() {
        Theme t = selectedTheme();
        if (t == null) {
            return;
        }
        vm.deletionImpact(t, impact -> prompt.confirm(Format.deletion(t.name(), impact), "Delete theme",
                () -> vm.delete(t)));
    }

    private void openSelectedMatrix() {
        Theme t = selectedTheme();
        if (t != null) {
            openMatrix.accept(t);
        }
    }

    /** The theme of the card selected on the board, as the board last read it; null when none is. */
    private Theme selectedCard() {
        return lists.stream().map(l -> l.getSelectionModel().getSelectedItem()).filter(java.util.Objects::nonNull)
                .map(ThemesViewModel.Card::theme).findFirst().orElse(null);
    }

    /** The selected card's theme, or the theme in the editor while its card is being re-read. */
    private Theme selectedTheme() {
        Theme card = selectedCard();
        if (card != null) {
            return card;
        }
        var d = vm.detailProperty().get();
        return d == null ? null : d.theme();
    }

    /** Puts every card in the column of its status. */
    private void refill() {
        ThemeStatus[] all = ThemeStatus.values();
        syncing = true;
        try {
            for (int i = 0; i < all.length; i++) {
                ThemeStatus s = all[i];
                lists.get(i).getItems().setAll(vm.cards().stream().filter(k -> k.theme().status() == s).toList());
                titles.get(i).setText(title(s, lists.get(i).getItems().size()));
            }
        } finally {
            syncing = false;
        }
        follow();
    }

    /**
     * Selects the card of the theme in the editor, in whichever column it now is, and scrolls that
     * column into view: after a status change the card is found where it went.
     */
    private void follow() {
        var d = vm.detailProperty().get();
        String guid = d == null ? null : d.theme().guid();
        syncing = true;
        try {
            for (ListView<ThemesViewModel.Card> list : lists) {
                int at = -1;
                for (int i = 0; guid != null && i < list.getItems().size(); i++) {
                    if (list.getItems().get(i).theme().guid().equals(guid)) {
                        at = i;
                    }
                }
                if (at < 0) {
                    list.getSelectionModel().clearSelection();
                } else if (list.getSelectionModel().getSelectedIndex() != at) {
                    list.getSelectionModel().select(at);
                    list.scrollTo(at);
                    ListView<ThemesViewModel.Card> shown = list;
                    // After the layout pass, when the column's place on the board is known.
                    Platform.runLater(() -> reveal(shown));
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** Scrolls the board sideways, if need be, so the column holding {@code list} is in view. */
    void reveal(ListView<?> list) {
        Region column = (Region) list.getParent();
        double content = columns.getWidth();
        double view = scroll.getViewportBounds().getWidth();
        if (content <= view) {
            return;
        }
        double left = scroll.getHvalue() * (content - view);
        double x = left;
        if (column.getBoundsInParent().getMinX() < left) {
            x = column.getBoundsInParent().getMinX() - 8;
        } else if (column.getBoundsInParent().getMaxX() > left + view) {
            x = column.getBoundsInParent().getMaxX() + 8 - view;
        }
        scroll.setHvalue(Math.max(0, Math.min(1, x / (content - view))));
    }
}
