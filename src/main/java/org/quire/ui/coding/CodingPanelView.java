package org.quire.ui.coding;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.InlineCssTextArea;
import org.quire.model.Annotation;
import org.quire.model.Span;
import org.quire.service.coding.CodedPassage;
import org.quire.ui.nodes.NewNodeDialog;

/**
 * The right-hand panel: codes at the caret or selection, uncoding, recent nodes, annotations; and
 * the Code menu items that act on the selection. Binds to {@link CodingPanelViewModel} only.
 */
public final class CodingPanelView {

    /** Asks the user for a node path (the quick-code bar), with a heading saying what for. */
    public interface NodeChooser {
        void choose(String heading, List<String> paths, Consumer<String> chosen);
    }

    private final CodingPanelViewModel vm;
    // The selected document tab's text area (null when no document is open): the panel follows it.
    private final javafx.beans.value.ObservableValue<InlineCssTextArea> areaValue;
    private final java.util.Set<InlineCssTextArea> dragInstalled = java.util.Collections.newSetFromMap(
            new java.util.WeakHashMap<>());
    private final NodeChooser chooser;
    private final java.util.function.Supplier<List<String>> nodePaths;
    private final TextArea note = new TextArea();

    public CodingPanelView(CodingPanelViewModel vm, javafx.beans.value.ObservableValue<InlineCssTextArea> area,
                           NodeChooser chooser, java.util.function.Supplier<List<String>> nodePaths) {
        this.vm = vm;
        this.areaValue = area;
        this.chooser = chooser;
        this.nodePaths = nodePaths;
    }

    public Region build() {
        Label heading = new Label();
        heading.textProperty().bind(vm.headingProperty());
        heading.getStyleClass().add("panel-heading");
        heading.setId("codes-here-heading");
        ListView<CodedPassage> here = new ListView<>(vm.here());
        here.setId("codes-here");
        here.setPlaceholder(new Label("Move the caret into a coded passage"));
        here.setCellFactory(l -> new PassageCell());
        here.setPrefHeight(240);
        here.setOnMouseClicked(e -> {
            CodedPassage p = here.getSelectionModel().getSelectedItem();
            InlineCssTextArea area = areaValue.getValue();
            if (e.getClickCount() == 2 && p != null && area != null) {
                area.selectRange(p.coding().span().start(), p.coding().span().end());
                area.requestFollowCaret();
            }
        });
        Button uncode = org.quire.ui.common.Icons.on(new Button("Uncode"), org.quire.ui.common.Icons.UNCODE);
        uncode.setId("uncode-button");
        uncode.setOnAction(e -> {
            CodedPassage p = here.getSelectionModel().getSelectedItem();
            if (p != null) {
                vm.uncode(p);
            }
        });
        uncode.disableProperty().bind(here.getSelectionModel().selectedItemProperty().isNull());
        Button uncodeAll = org.quire.ui.common.Icons.on(new Button("Uncode all"), org.quire.ui.common.Icons.UNCODE);
        uncodeAll.setTooltip(new javafx.scene.control.Tooltip("Uncode the selection from every node (Ctrl+Shift+U)"));
        uncode.setTooltip(new javafx.scene.control.Tooltip(
                "Uncode the chosen coding: only the selected text when there is a selection"));
        uncode.setMinWidth(Region.USE_PREF_SIZE);
        uncodeAll.setMinWidth(Region.USE_PREF_SIZE);
        uncodeAll.setOnAction(e -> vm.uncodeSelection(null));
        HBox hereButtons = new HBox(6, uncode, uncodeAll);

        Label recentHeading = new Label("Recent nodes — Ctrl+1 … Ctrl+9");
        recentHeading.getStyleClass().add("panel-heading");
        ListView<String> recent = new ListView<>(vm.recent().paths());
        recent.setId("recent-nodes");
        recent.setPrefHeight(120);
        recent.setPlaceholder(new Label("Nodes you code at appear here"));
        recent.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String path, boolean empty) {
                super.updateItem(path, empty);
                setText(empty || path == null ? null : (getIndex() + 1) + "   " + path);
            }
        });
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && recent.getSelectionModel().getSelectedIndex() >= 0) {
                withSelection(sel -> vm.codeRecent(recent.getSelectionModel().getSelectedIndex() + 1, sel));
            }
        });

        Label notesHeading = new Label("Annotations in this source");
        notesHeading.getStyleClass().add("panel-heading");
        ListView<Annotation> notes = new ListView<>(vm.annotations());
        notes.setId("annotations");
        notes.setPrefHeight(150);
        notes.setPlaceholder(new Label("No annotations yet"));
        notes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        notes.getSelectionModel().selectedItemProperty().addListener((o, old, a) -> {
            InlineCssTextArea area = areaValue.getValue();
            if (a != null && area != null) {
                area.selectRange(a.span().start(), a.span().end());
                area.requestFollowCaret();
            }
        });
        note.setId("annotation-text");
        note.setPromptText("Select a passage, write a note, then Annotate");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Button annotate = org.quire.ui.common.Icons.on(new Button("Annotate selection"), org.quire.ui.common.Icons.ANNOTATE);
        annotate.setId("annotate-button");
        annotate.setOnAction(e -> annotate());
        Button deleteNote = new Button("Delete");
        deleteNote.setOnAction(e -> {
            Annotation a = notes.getSelectionModel().getSelectedItem();
            if (a != null) {
                vm.deleteAnnotation(a);
            }
        });
        deleteNote.disableProperty().bind(notes.getSelectionModel().selectedItemProperty().isNull());
        HBox noteButtons = new HBox(6, annotate, deleteNote);

        VBox box = new VBox(6, heading, here, hereButtons, recentHeading, recent, notesHeading, notes, note, noteButtons);
        VBox.setVgrow(here, Priority.ALWAYS);
        VBox.setVgrow(notes, Priority.SOMETIMES);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("coding-panel");
        box.setId("coding-panel");
        box.setMinWidth(240);
        follow(null, areaValue.getValue());
        areaValue.addListener((o, old, now) -> follow(old, now));
        return box;
    }

    private final javafx.beans.value.ChangeListener<javafx.scene.control.IndexRange> onSelection = this::selected;
    private final javafx.beans.value.ChangeListener<Integer> onCaret = this::caretMoved;

    private void selected(Object o, javafx.scene.control.IndexRange old, javafx.scene.control.IndexRange r) {
        vm.select(r.getStart(), r.getEnd());
    }

    private void caretMoved(Object o, Integer old, Integer c) {
        InlineCssTextArea area = areaValue.getValue();
        if (area != null && area.getSelection().getLength() == 0) {
            vm.select(c, c);
        }
    }

    /** Another document tab was selected: listen to its caret and selection, and show its codes there. */
    private void follow(InlineCssTextArea old, InlineCssTextArea now) {
        if (old != null) {
            old.selectionProperty().removeListener(onSelection);
            old.caretPositionProperty().removeListener(onCaret);
        }
        if (now != null) {
            now.selectionProperty().addListener(onSelection);
            now.caretPositionProperty().addListener(onCaret);
            if (dragInstalled.add(now)) {
                installSelectionDrag(now);
            }
            var r = now.getSelection();
            vm.select(r.getLength() == 0 ? now.getCaretPosition() : r.getStart(),
                    r.getLength() == 0 ? now.getCaretPosition() : r.getEnd());
        }
    }

    private void annotate() {
        withSelection(sel -> {
            vm.annotate(sel, note.getText());
            note.clear();
        });
    }

    /**
     * The mouse in the text works as in any editor: pressing and dragging selects, Shift+click extends,
     * a double click selects a word and a triple click a paragraph. Only a press inside an existing
     * selection starts dragging that selection (to drop it on a node and code it there), as in NVivo and
     * Word. The selection is taken when the mouse is pressed: by the time the toolkit reports a drag,
     * an ordinary press would already have replaced it.
     */
    private void installSelectionDrag(InlineCssTextArea area) {
        IndexRange[] pressedIn = {null};
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressedIn[0] = null;
            IndexRange r = area.getSelection();
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || e.isShiftDown()
                    || e.isShortcutDown() || r.getLength() == 0) {
                return;
            }
            var hit = area.hit(e.getX(), e.getY()).getCharacterIndex();
            if (hit.isPresent() && hit.getAsInt() >= r.getStart() && hit.getAsInt() < r.getEnd()) {
                // Keep the selection: the text area would otherwise put the caret here and lose it.
                pressedIn[0] = r;
                area.requestFocus();
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedIn[0] != null) {
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            IndexRange r = pressedIn[0];
            if (r == null) {
                return;
            }
            // A drag inside the window (the node tree is the target), delivered as mouse-drag events:
            // the node under the pointer is told when the selection is released over it.
            dragged.set(new Span(r.getStart(), r.getEnd()));
            area.startFullDrag();
            if (area.getScene() != null) {
                area.getScene().setCursor(javafx.scene.Cursor.CLOSED_HAND);
            }
            e.consume();
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            IndexRange r = pressedIn[0];
            if (r == null) {
                return;
            }
            pressedIn[0] = null;
            if (dragged.get() != null) {
                if (area.getScene() != null) {
                    area.getScene().setCursor(null);
                }
                // The drop target reads the selection in this same gesture; forget it after that.
                javafx.application.Platform.runLater(() -> dragged.set(null));
            } else if (e.isStillSincePress()) {
                // A click inside the selection, not a drag: put the caret there, as any editor does.
                area.moveTo(area.hit(e.getX(), e.getY()).getInsertionIndex());
            }
            e.consume();
        });
        area.setContextMenu(contextMenu(area));
    }

    private final javafx.beans.property.ObjectProperty<Span> dragged = new javafx.beans.property.SimpleObjectProperty<>();

    /** The selection being dragged out of the text right now, or null: a node it is dropped on codes it. */
    public javafx.beans.value.ObservableValue<Span> draggedSelectionProperty() {
        return dragged;
    }

    /** Codes the dragged selection at the node it was dropped on; says so in the status bar when done. */
    public void dropOn(String nodePath) {
        Span sel = dragged.get();
        if (sel == null) {
            return;
        }
        dragged.set(null);
        vm.codeAt(nodePath, sel);
    }

    private void withSelection(Consumer<Span> then) {
        InlineCssTextArea area = areaValue.getValue();
        var r = area == null ? null : area.getSelection();
        if (r == null || r.getLength() == 0) {
            vm.tell("Select some text in the source first");
            return;
        }
        then.accept(new Span(r.getStart(), r.getEnd()));
    }

    /** The Code menu's selection items, with their shortcuts. */
    public List<MenuItem> menuItems() {
        MenuItem inVivo = new MenuItem("Code in vivo");
        inVivo.setId("in-vivo-item");
        inVivo.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        inVivo.setOnAction(e -> inVivo());
        MenuItem newNode = new MenuItem("Code at new node…");
        newNode.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        newNode.setOnAction(e -> codeAtNewNode());
        MenuItem whole = new MenuItem("Code whole source…");
        whole.setAccelerator(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        whole.setOnAction(e -> chooser.choose("Code the whole source at…", vm.recent().recentFirst(nodePaths.get()),
                vm::codeWholeSource));
        MenuItem uncodeFrom = new MenuItem("Uncode selection from node…");
        uncodeFrom.setAccelerator(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN));
        uncodeFrom.setOnAction(e -> uncodeFrom());
        MenuItem uncodeAll = new MenuItem("Uncode selection from all nodes");
        uncodeAll.setAccelerator(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        uncodeAll.setOnAction(e -> vm.uncodeSelection(null));
        MenuItem annotate = new MenuItem("Annotate selection…");
        annotate.setAccelerator(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        annotate.setOnAction(e -> note.requestFocus());
        Menu recentMenu = new Menu("Code at recent node");
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < digits.length; i++) {
            int number = i + 1;
            MenuItem item = new MenuItem();
            item.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
                String p = vm.recent().at(number);
                return number + "  " + (p == null ? "(none yet)" : p);
            }, vm.recent().paths()));
            item.setAccelerator(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> withSelection(sel -> vm.codeRecent(number, sel)));
            recentMenu.getItems().add(item);
        }
        return List.of(inVivo, newNode, whole, recentMenu, new SeparatorMenuItem(), uncodeFrom, uncodeAll,
                new SeparatorMenuItem(), annotate);
    }

    /** What a right-click in the text offers: the coding commands for the selection, copy, search. */
    private javafx.scene.control.ContextMenu contextMenu(InlineCssTextArea area) {
        MenuItem codeAt = new MenuItem("Code selection at…");
        codeAt.setOnAction(e -> withSelection(sel -> chooser.choose("Code the selection at…",
                vm.recent().recentFirst(nodePaths.get()), path -> vm.codeAt(path, sel))));
        MenuItem newNode = new MenuItem("Code at new node…");
        newNode.setOnAction(e -> codeAtNewNode());
        MenuItem inVivo = new MenuItem("Code in vivo");
        inVivo.setOnAction(e -> inVivo());
        MenuItem uncodeFrom = new MenuItem("Uncode from…");
        uncodeFrom.setOnAction(e -> uncodeFrom());
        MenuItem annotate = new MenuItem("Annotate…");
        annotate.setOnAction(e -> note.requestFocus());
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> area.copy());
        MenuItem selectAll = new MenuItem("Select all");
        selectAll.setOnAction(e -> area.selectAll());
        MenuItem search = new MenuItem("Search for this");
        search.setOnAction(e -> {
            String words = area.getSelectedText().strip();
            if (!words.isEmpty() && onSearch != null) {
                onSearch.accept(words);
            }
        });
        var menu = new javafx.scene.control.ContextMenu(codeAt, newNode, inVivo, uncodeFrom, annotate,
                new SeparatorMenuItem(), copy, selectAll, search);
        menu.setId("document-context-menu");
        // What needs a selection is greyed out without one, so the menu says what it can do.
        menu.setOnShowing(e -> {
            boolean none = area.getSelection().getLength() == 0;
            for (MenuItem item : List.of(codeAt, newNode, inVivo, uncodeFrom, annotate, copy, search)) {
                item.setDisable(none);
            }
        });
        return menu;
    }

    private Consumer<String> onSearch;

    /** What "Search for this" does with the selected words (the workbench runs a search). */
    public void setOnSearch(Consumer<String> search) {
        this.onSearch = search;
    }

    private void inVivo() {
        InlineCssTextArea area = areaValue.getValue();
        if (area == null) {
            vm.tell("Open a source and select the words that should name the new node");
            return;
        }
        var r = area.getSelection();
        vm.inVivo(r.getLength() == 0 ? null : new Span(r.getStart(), r.getEnd()), area.getSelectedText());
    }

    private void uncodeFrom() {
        List<String> coded = vm.here().stream().map(CodedPassage::nodePath).distinct().toList();
        InlineCssTextArea area = areaValue.getValue();
        if (area == null || area.getSelection().getLength() == 0) {
            vm.tell("Select the text to uncode first");
            return;
        }
        if (coded.isEmpty()) {
            vm.tell("Nothing in the selection is coded");
            return;
        }
        chooser.choose("Uncode the selection from…", coded, vm::uncodeSelection);
    }

    /** Asks for the new node's name and description, then codes the selection there. */
    private void codeAtNewNode() {
        withSelection(sel -> NewNodeDialog.ask(areaValue.getValue(), "Code at new node",
                "Code the selection at a new node", null).ifPresent(n -> vm.codeAtNewNode(n.path(), n.description(), sel)));
    }

    /** A coded passage: node path, then coder, paragraph and character range, then its words. */
    private static final class PassageCell extends ListCell<CodedPassage> {
        @Override
        protected void updateItem(CodedPassage p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label node = new Label(p.nodePath());
            node.getStyleClass().add("passage-node");
            Label meta = new Label((p.coder() == null ? "" : p.coder() + " · ") + "¶" + p.paragraph() + " · "
                    + p.coding().span().start() + "–" + p.coding().span().end() + " (" + p.coding().span().length()
                    + " chars)");
            meta.getStyleClass().add("passage-meta");
            Label words = new Label(CodingPanelViewModel.shorten(p.text()));
            words.getStyleClass().add("passage-words");
            node.setWrapText(true);
            meta.setWrapText(true);
            words.setWrapText(true);
            VBox box = new VBox(1, node, meta, words);
            // Wrap to the panel's width rather than scroll sideways.
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(28));
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(28));
            setText(null);
            setGraphic(box);
        }
    }
}
