package org.quire.ui.workbench;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.common.NodeRow;
import org.quire.ui.queries.QueryScreens;

/**
 * The workbench window: menus, the navigation pane (sources, code book with counts), the document
 * view and the status bar. It only binds controls to {@link WorkbenchViewModel} and forwards
 * user actions; all work happens in the view model's background tasks.
 */
public final class WorkbenchView {
    private final WorkbenchViewModel vm;
    private final FxTaskRunner runner;
    private org.quire.ui.document.DocumentTabs documentTabs;
    private final TreeTableView<NodeRow> nodeTree = new TreeTableView<>();
    private final QuickCodeBox quickCodeBox = new QuickCodeBox();
    private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
    private ImportPanel importPanel;
    private org.quire.ui.coding.CodingPanelViewModel codingVm;
    private org.quire.ui.coding.CodingPanelView codingPanel;
    private NodeCommands nodeCommands;
    private MemoCommands memoCommands;
    private SourceCommands sourceCommands;
    private org.quire.ui.sources.SourceTreeView sourceTree;
    private QueryScreens queryScreens;
    private ReviewScreen review;
    private org.quire.ui.themes.ThemeScreens themeScreens;
    private final Label notice = new Label();
    private javafx.scene.control.Tab searchTab;
    private RefiMenu refiMenu;

    /** What this view shows and acts on. */
    public WorkbenchViewModel viewModel() {
        return vm;
    }

    public WorkbenchView(WorkbenchViewModel vm, FxTaskRunner runner) {
        this(vm, runner, new Shell(java.util.List.of(), java.util.List.of(), org.quire.ui.prefs.DisplaySettings.ofUser()));
    }

    /**
     * What the application window adds: project items for the File and Edit menus, its display
     * settings, the Help menu's items (after the Guide), and the desktop's way of
     * opening a file or folder (given its URI) in its own program.
     */
    public record Shell(java.util.List<MenuItem> fileItems, java.util.List<MenuItem> editItems,
                        org.quire.ui.prefs.DisplaySettings display, java.util.List<MenuItem> helpItems,
                        java.util.function.Consumer<String> desktop) {
        public Shell(java.util.List<MenuItem> fileItems, java.util.List<MenuItem> editItems,
                     org.quire.ui.prefs.DisplaySettings display) {
            this(fileItems, editItems, display, java.util.List.of(), uri -> { });
        }
    }

    private ExportsModel exports;

    private final Shell shell;
    private final org.quire.ui.prefs.DisplaySettings display;

    public WorkbenchView(WorkbenchViewModel vm, FxTaskRunner runner, Shell shell) {
        this.vm = vm;
        this.runner = runner;
        this.shell = shell;
        // Shared with the Preferences screen, so a change there shows here at once.
        this.display = shell.display();
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("org/quire/ui");
        exports = new ExportsModel(vm.project(), runner, new ExportsModel.LastFolder() {
            @Override
            public String get() {
                return prefs.get("export.folder", null);
            }

            @Override
            public void set(String folder) {
                prefs.put("export.folder", folder);
            }
        }, vm::report);
        memoCommands = new MemoCommands(vm, tabs);
        sourceCommands = new SourceCommands(vm, tabs);
        Runnable showDocument = () -> documentTabs.showCurrent();
        nodeCommands = new NodeCommands(vm, nodeTree, tabs, quickCodeBox, showDocument, exports);
        queryScreens = new QueryScreens(vm.queries(), tabs, showDocument, notice::setText);
        SearchView searchView = new SearchView(vm, showDocument);
        // Built when first shown, like the other screens behind a tab: the window opens on the
        // document area, and styling a screen nobody sees cost the start a tenth of a second.
        searchTab = org.quire.ui.common.LazyTab.of("Search", "search-tab", searchView::build);
        // One tab per open source, in front of the other tabs (org.quire.ui.document).
        documentTabs = new org.quire.ui.document.DocumentTabs(vm.documents(), tabs);
        tabs.getTabs().add(searchTab);
        documentTabs.showReviewMarks(vm.reviewMarks());
        queryScreens.addTabs();
        addThemeTabs();
        review = new ReviewScreen(vm, tabs, themeScreens::openMatrix, nodeTree);
        guide = new GuideCommands(vm, tabs, themeScreens, nodeCommands, memoCommands, exports, nodeTree);
        guide.openIfOn();
        // The panel reads a document's codings and annotations in the background when it opens, so
        // the annotations reach the margin after the text and its stripes.
        codingVm = new org.quire.ui.coding.CodingPanelViewModel(vm);
        codingPanel = new org.quire.ui.coding.CodingPanelView(codingVm, documentTabs.areaProperty(),
                (heading, paths, chosen) -> quickCodeBox.openWithHeading(heading, paths, chosen,
                        this::focusDocument), vm::nodePaths);
        Region panel = codingPanel.build();
        codingPanel.setOnSearch(words -> {
            tabs.getSelectionModel().select(searchTab);
            searchView.searchFor(words);
        });
        codingVm.annotations().addListener((javafx.collections.ListChangeListener<org.quire.model.Annotation>) c -> {
            if (documentTabs.currentProperty().get() != null) {
                documentTabs.currentProperty().get().stripes().showAnnotations(codingVm.annotations().stream()
                        .map(a -> new org.quire.ui.document.StripeLayout.Stripe(a.span().start(), a.span().end(),
                                a.text(), "#d08c00")).toList());
            }
        });
        SplitPane split = new SplitPane(navigation(), centre(), panel);
        split.setDividerPositions(0.27, 0.79);
        SplitPane.setResizableWithParent(panel, false);
        // The codes panel belongs to a document: it shows while a document tab is in front and gives
        // its room to the search, queries and theme screens otherwise.
        double[] panelDivider = {0.79};
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            boolean document = tab != null && tab.getUserData() instanceof org.quire.model.SourceId;
            boolean shown = split.getItems().contains(panel);
            if (document && !shown) {
                split.getItems().add(panel);
                split.setDividerPosition(1, panelDivider[0]);
            } else if (!document && shown) {
                panelDivider[0] = split.getDividerPositions()[1];
                split.getItems().remove(panel);
            }
        });
        if (!(tabs.getSelectionModel().getSelectedItem() != null
                && tabs.getSelectionModel().getSelectedItem().getUserData() instanceof org.quire.model.SourceId)) {
            split.getItems().remove(panel);
        }
        root.setTop(menus());
        root.setCenter(split);
        root.setBottom(statusBar());
        root.getStylesheets().add(WorkbenchView.class.getResource("/org/quire/ui/quire.css").toExternalForm());
        applyDisplay(root);
        vm.revealProperty().addListener((obs, old, span) -> {
            var area = documentTabs.areaProperty().get();
            if (span != null && area != null) {
                area.selectRange(span.start(), span.end());
                area.requestFollowCaret();
            }
        });
        vm.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                Alert alert = new Alert(Alert.AlertType.WARNING, message);
                alert.setHeaderText(null);
                String details = vm.errorDetailsProperty().get();
                if (details != null) {
                    javafx.scene.control.TextArea trace = new javafx.scene.control.TextArea(details);
                    trace.setEditable(false);
                    trace.setPrefRowCount(14);
                    alert.getDialogPane().setExpandableContent(trace);
                }
                alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
                alert.show();
                vm.errorProperty().set(null);
            }
        });
        vm.nodes().addListener((javafx.collections.ListChangeListener<NodeRow>) c -> rebuildTree());
        // Files or folders dropped anywhere on the window are imported.
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                startImport(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList(), "");
            }
            e.setDropCompleted(files);
            e.consume();
        });
        return root;
    }

    private MenuBar menus() {
        MenuItem undo = new MenuItem();
        undo.textProperty().bind(vm.undoStack().undoLabelProperty());
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> vm.undo());
        MenuItem redo = new MenuItem();
        redo.textProperty().bind(vm.undoStack().redoLabelProperty());
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        redo.setOnAction(e -> vm.redo());
        MenuItem quickCode = new MenuItem("Quick code…");
        quickCode.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quickCode.setOnAction(e -> quickCode());
        MenuItem importItem = new MenuItem("Import files…");
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importItem.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import files into the project");
            var files = chooser.showOpenMultipleDialog(nodeTree.getScene().getWindow());
            if (files != null && !files.isEmpty()) {
                startImport(files.stream().map(java.io.File::toPath).toList(), sourceTree.targetFolder());
            }
        });
        MenuItem importFolder = new MenuItem("Import a folder…");
        importFolder.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.ALT_DOWN));
        importFolder.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle("Import a folder, keeping its sub-folders");
            var dir = chooser.showDialog(nodeTree.getScene().getWindow());
            if (dir != null) {
                startImport(java.util.List.of(dir.toPath()), sourceTree.targetFolder());
            }
        });
        MenuItem find = new MenuItem("Search text…");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        find.setOnAction(e -> {
            tabs.getSelectionModel().select(searchTab);
            javafx.application.Platform.runLater(() -> {
                var field = tabs.lookup("#search-query");
                if (field != null) {
                    field.requestFocus();
                }
            });
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> nodeTree.getScene().getWindow().hide());
        Menu node = new Menu("Node");
        node.getItems().addAll(nodeCommands.menuItems());
        Menu code = new Menu("Code", null, quickCode);
        code.getItems().addAll(codingPanel.menuItems());
        refiMenu = new RefiMenu(vm.refi(), nodeTree, exports);
        RefiMenu refi = refiMenu;
        Menu file = new Menu("File", null, importItem, importFolder, refi.importProjectItem(), review.importItem(),
                new ExportMenu(exports, nodeTree, nodeCommands::selectedPaths).menu(refi.exportItems()), sourceCommands.menuItem(), quit);
        file.getItems().addAll(0, shell.fileItems());
        // Copy and Select all act on whatever text has the keyboard focus: the document, a memo, a field.
        MenuItem copy = new MenuItem("Copy");
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(e -> onFocusedText(javafx.scene.control.TextInputControl::copy,
                org.fxmisc.richtext.GenericStyledArea::copy));
        MenuItem selectAll = new MenuItem("Select all");
        selectAll.setAccelerator(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        selectAll.setOnAction(e -> onFocusedText(javafx.scene.control.TextInputControl::selectAll,
                org.fxmisc.richtext.GenericStyledArea::selectAll));
        Menu edit = new Menu("Edit", null, undo, redo, new javafx.scene.control.SeparatorMenuItem(), copy, selectAll,
                new javafx.scene.control.SeparatorMenuItem());
        edit.getItems().addAll(shell.editItems());
        MenuBar bar = new MenuBar(file, edit,
                code, node, memosMenu(), queryMenu(find), themeScreens.menu(), viewMenu());
        Menu help = new Menu("Help", null, guide.menuItem());
        help.getItems().addAll(shell.helpItems());
        bar.getMenus().add(help);
        return bar;
    }

    private GuideCommands guide;

    /** How the guide's "Open the sample at this step" opens the sample project (the phase to show there). */
    public void openSampleWith(java.util.function.IntConsumer opener) {
        guide.setSampleOpener(opener);
    }

    /** Opens the Guide pane, as Help → Guide does. */
    public void showGuide() {
        guide.show();
    }

    /** Opens the Guide pane at {@code phase} with that phase's example shown: this project is the sample. */
    public void showGuideInSample(int phase) {
        guide.showInSample(phase);
    }

    /** Imports a REFI-QDA project as a new one, as File → Import project does once the file is chosen. */
    public void importProject(java.nio.file.Path qdpx) {
        refiMenu.importProject(qdpx.toFile());
    }

    private void onFocusedText(java.util.function.Consumer<javafx.scene.control.TextInputControl> field,
                               java.util.function.Consumer<org.fxmisc.richtext.GenericStyledArea<?, ?, ?>> area) {
        var focused = nodeTree.getScene() == null ? null : nodeTree.getScene().getFocusOwner();
        if (focused instanceof javafx.scene.control.TextInputControl t) {
            field.accept(t);
        } else if (focused instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?> a) {
            area.accept(a);
        } else if (documentArea() != null) {
            area.accept(documentArea());
        }
    }

    /** Text size and theme, kept between sessions. */
    private Menu viewMenu() {
        MenuItem larger = new MenuItem("Larger text");
        larger.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        larger.setOnAction(e -> display.larger());
        MenuItem smaller = new MenuItem("Smaller text");
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        smaller.setOnAction(e -> display.smaller());
        MenuItem reset = new MenuItem("Normal text size");
        reset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        reset.setOnAction(e -> display.reset());
        javafx.scene.control.CheckMenuItem dark = new javafx.scene.control.CheckMenuItem("Dark theme");
        dark.selectedProperty().bindBidirectional(display.darkProperty());
        Menu view = new Menu("View", null, larger, smaller, reset, new javafx.scene.control.SeparatorMenuItem(), dark,
                new javafx.scene.control.SeparatorMenuItem());
        view.getItems().addAll(documentTabs.menuItems());
        view.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), review.viewItem(), review.changesItem());
        return view;
    }

    private void applyDisplay(Parent root) {
        String darkCss = WorkbenchView.class.getResource("/org/quire/ui/dark.css").toExternalForm();
        Runnable apply = () -> {
            documentTabs.setAreaStyle("-fx-font-size: " + display.textSizeProperty().get() + "px;");
            root.getStylesheets().remove(darkCss);
            if (display.darkProperty().get()) {
                root.getStylesheets().add(darkCss);
            }
        };
        display.textSizeProperty().addListener((o, a, b) -> apply.run());
        display.darkProperty().addListener((o, a, b) -> apply.run());
        apply.run();
    }

    private Menu memosMenu() {
        Menu memos = new Menu("Memos");
        memos.getItems().addAll(memoCommands.menuItems());
        return memos;
    }

    private Menu queryMenu(MenuItem find) {
        Menu query = new Menu("Query", null, find);
        query.getItems().addAll(queryScreens.menuItems());
        return query;
    }

    /** Imports files or folders into the top of the Sources pane, showing each file's status as it finishes. */
    public void startImport(java.util.List<java.nio.file.Path> paths) {
        startImport(paths, "");
    }

    /** Imports files or folders into a folder of the project ("" for the top); a folder keeps its name. */
    public void startImport(java.util.List<java.nio.file.Path> paths, String folder) {
        importPanel.show();
        vm.importFiles(paths, folder);
    }

    private void focusDocument() {
        if (documentTabs.areaProperty().get() != null) {
            documentTabs.areaProperty().get().requestFocus();
        }
    }

    private void quickCode() {
        Span selection = documentTabs.currentProperty().get() == null ? null
                : documentTabs.currentProperty().get().selection();
        if (selection == null || vm.documentProperty().get() == null) {
            vm.errorProperty().set("Select some text in a source first, then quick code it (Ctrl+Q)");
            return;
        }
        String preview = vm.documentProperty().get().text().extract(selection).replaceAll("\\s+", " ").strip();
        if (preview.length() > 60) {
            preview = preview.substring(0, 59) + "…";
        }
        quickCodeBox.open(preview, codingVm.recent().recentFirst(vm.nodePaths()), path -> codingVm.codeAt(path, selection),
                this::focusDocument);
    }

    private Region navigation() {
        sourceTree = new org.quire.ui.sources.SourceTreeView(new org.quire.ui.sources.SourceTreeModel(vm), vm::open,
                s -> sourceCommands.openProperties(s), vm::importFiles);
        var sources = sourceTree.build();
        // Read again whenever the shell reads the sources (the project opened, an import finished).
        // The shell reads the folders with the sources (set just before them), so the pane takes both.
        vm.sources().addListener((javafx.collections.ListChangeListener<Source>) c -> sourceTree.show(vm.folders(),
                vm.sources()));
        TreeTableColumn<NodeRow, String> name = new TreeTableColumn<>("Node");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? ""
                : c.getValue().getValue().node().name()));
        name.setPrefWidth(190);
        // A node with open review comments carries a marker after its name (looked up, not queried).
        org.quire.ui.common.ReviewMarks marks = vm.reviewMarks();
        name.setCellFactory(c -> new javafx.scene.control.TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                NodeRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                org.quire.service.review.OpenMarks.Mark mark = row == null ? null
                        : marks.marks().code(row.node().guid());
                setText(empty ? null : text);
                setGraphic(mark == null ? null : marks.marker(mark));
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            }
        });
        marks.marksProperty().addListener((o, a, b) -> nodeTree.refresh());
        TreeTableColumn<NodeRow, Number> refs = new TreeTableColumn<>("Refs");
        // Blank until the counts have been computed (they fill in just after the tree shows).
        // The counts are properties of their own, changed in place after a coding: only their cells are drawn again.
        refs.setCellValueFactory(c -> c.getValue() instanceof NodeTreeItem n ? n.references() : new ReadOnlyObjectWrapper<>(null));
        TreeTableColumn<NodeRow, Number> files = new TreeTableColumn<>("Sources");
        files.setCellValueFactory(c -> c.getValue() instanceof NodeTreeItem n ? n.sources() : new ReadOnlyObjectWrapper<>(null));
        refs.setStyle("-fx-alignment: CENTER-RIGHT;");
        refs.setMinWidth(52);
        refs.setMaxWidth(70);
        files.setMinWidth(64);
        files.setMaxWidth(80);
        files.setStyle("-fx-alignment: CENTER-RIGHT;");
        nodeTree.getColumns().setAll(java.util.List.of(name, refs, files));
        nodeTree.setShowRoot(false);
        nodeTree.setId("nodes");
        nodeTree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nodeTree.setRowFactory(t -> nodeRow());
        nodeTree.setOnKeyPressed(e -> {
            var row = selectedNode();
            if (row == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                nodeCommands.openDetails(row);
            } else if (e.getCode() == KeyCode.F2) {
                rename(row);
            } else if (e.getCode() == KeyCode.DELETE) {
                delete(row);
            }
        });
        MenuItem renameItem = new MenuItem("Rename…\tF2");
        renameItem.setOnAction(e -> {
            if (selectedNode() != null) {
                rename(selectedNode());
            }
        });
        MenuItem deleteItem = new MenuItem("Delete…\tDel");
        deleteItem.setOnAction(e -> {
            if (selectedNode() != null) {
                delete(selectedNode());
            }
        });
        MenuItem detailsItem = new MenuItem("Open details");
        detailsItem.setOnAction(e -> nodeCommands.selected().stream().findFirst().ifPresent(nodeCommands::openDetails));
        MenuItem mergeItem = new MenuItem("Merge selected nodes…");
        mergeItem.setOnAction(e -> nodeCommands.mergeSelected());
        var nodeMenu = new javafx.scene.control.ContextMenu();
        nodeMenu.getItems().addAll(nodeCommands.newNodeItems());
        nodeMenu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), detailsItem, renameItem, deleteItem,
                mergeItem);
        nodeTree.setContextMenu(nodeMenu);
        TitledPane sourcePane = new TitledPane("Sources", sources);
        TitledPane nodePane = new TitledPane("Nodes", nodeCommands.withToolbar());
        sourcePane.setCollapsible(false);
        nodePane.setCollapsible(false);
        VBox.setVgrow(sourcePane, Priority.ALWAYS);
        VBox.setVgrow(nodePane, Priority.ALWAYS);
        TitledPane memoPane = new TitledPane("Memos", memoCommands.memosPane());
        TitledPane casePane = new TitledPane("Cases", memoCommands.casesPane());
        memoPane.setExpanded(false);
        casePane.setExpanded(false);
        // Each list is read when its pane is first expanded, and kept current while it is.
        memoCommands.panesShown(false, false);
        javafx.beans.InvalidationListener panes = o -> memoCommands.panesShown(memoPane.isExpanded(),
                casePane.isExpanded());
        memoPane.expandedProperty().addListener(panes);
        casePane.expandedProperty().addListener(panes);
        MenuItem sourceMemo = new MenuItem("Memo");
        sourceMemo.setOnAction(e -> {
            if (sourceTree.selectedSource() != null) {
                memoCommands.openSourceMemo(sourceTree.selectedSource());
            }
        });
        sources.getContextMenu().getItems().add(sources.getContextMenu().getItems().size() - 1, sourceMemo);
        return new VBox(sourcePane, nodePane, memoPane, casePane, queryScreens.savedQueriesPane());
    }

    private NodeRow selectedNode() {
        var item = nodeTree.getSelectionModel().getSelectedItem();
        return item == null ? null : NodeTreeItem.rowOf(item);
    }

    private void rename(NodeRow row) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(row.node().name());
        dialog.initOwner(nodeTree.getScene().getWindow());
        dialog.setTitle("Rename node");
        dialog.setHeaderText("Rename '" + row.path() + "'");
        dialog.setContentText("New name:");
        dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && !n.equals(row.node().name()))
                .ifPresent(n -> vm.renameNode(row, n));
    }

    private void delete(NodeRow row) {
        vm.deletionImpact(row, impact -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete '" + row.path() + "' with "
                    + impact.descendants() + " child node" + (impact.descendants() == 1 ? "" : "s") + " and "
                    + impact.codings() + " coding" + (impact.codings() == 1 ? "" : "s") + "? You can undo this (Ctrl+Z).");
            confirm.setHeaderText(null);
            confirm.initOwner(nodeTree.getScene().getWindow());
            confirm.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> vm.deleteNode(row));
        });
    }

    /** Tree rows can be dragged onto another node (move under it) or onto empty space (top level). */
    private javafx.scene.control.TreeTableRow<NodeRow> nodeRow() {
        var row = new javafx.scene.control.TreeTableRow<NodeRow>();
        // The full path and description, for names the column is too narrow to show.
        // One tooltip per row, its text changed as the row shows another node (a new tooltip is a
        // new window object: making one per update cost frame time when counts changed).
        var tip = new javafx.scene.control.Tooltip();
        row.itemProperty().addListener((o, was, now) -> {
            if (now == null) {
                row.setTooltip(null);
                return;
            }
            tip.setText(now.path() + (now.node().description().isBlank() ? "" : "\n" + now.node().description()));
            row.setTooltip(tip);
        });
        row.setOnDragDetected(e -> {
            if (row.getItem() != null) {
                var board = row.startDragAndDrop(TransferMode.MOVE);
                var content = new javafx.scene.input.ClipboardContent();
                content.putString("quire-node:" + row.getItem().node().id().value());
                board.setContent(content);
                draggedNode = row.getItem();
                e.consume();
            }
        });
        // A text selection dragged out of a document and released over a node is coded there.
        row.setOnMouseDragEntered(e -> {
            if (row.getItem() != null && codingPanel.draggedSelectionProperty().getValue() != null) {
                row.getStyleClass().add("drop-target");
            }
        });
        row.setOnMouseDragExited(e -> row.getStyleClass().remove("drop-target"));
        row.setOnMouseDragReleased(e -> {
            row.getStyleClass().remove("drop-target");
            if (row.getItem() != null) {
                codingPanel.dropOn(row.getItem().path());
                e.consume();
            }
        });
        row.setOnDragOver(e -> {
            if (draggedNode != null && e.getDragboard().hasString()
                    && e.getDragboard().getString().startsWith("quire-node:")) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        row.setOnDragDropped(e -> {
            if (draggedNode != null) {
                vm.moveNode(draggedNode, row.getItem());
                draggedNode = null;
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return row;
    }

    private NodeRow draggedNode;

    private void rebuildTree() {
        nodeCommands.rebuild();
    }

    /** The central tabs with the panels that float over whichever tab is shown (quick code, import, REFI). */
    private Region centre() {
        importPanel = new ImportPanel(vm);
        RefiPanel refiPanel = new RefiPanel(vm.refi());
        StackPane.setAlignment(refiPanel, Pos.BOTTOM_CENTER);
        StackPane stack = new StackPane(tabs, quickCodeBox, importPanel, refiPanel);
        StackPane.setAlignment(importPanel, Pos.BOTTOM_CENTER);
        StackPane.setMargin(importPanel, new Insets(0, 0, 16, 0));
        StackPane.setAlignment(quickCodeBox, Pos.TOP_CENTER);
        StackPane.setMargin(quickCodeBox, new Insets(40, 0, 0, 0));
        return stack;
    }

    private Region statusBar() {
        Label project = new Label();
        // Who changes are recorded under: Edit → Preferences changes it.
        project.textProperty().bind(vm.titleProperty().concat("  ·  coder: " + vm.project().coder().name()));
        Label status = new Label();
        status.textProperty().bind(runner.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        notice.setId("status-notice");
        vm.noticeProperty().addListener((o, was, now) -> notice.setText(now));
        exports.messageProperty().addListener((o, was, now) -> notice.setText(now));
        // After an export: open the file, or its folder, with the desktop's own programs.
        javafx.scene.control.Button open = new javafx.scene.control.Button("Open");
        open.setId("export-open");
        open.setOnAction(e -> shell.desktop().accept(exports.writtenProperty().get().toUri().toString()));
        javafx.scene.control.Button folder = new javafx.scene.control.Button("Show in folder");
        folder.setId("export-show-folder");
        folder.setOnAction(e -> shell.desktop().accept(
                exports.writtenProperty().get().toAbsolutePath().getParent().toUri().toString()));
        for (javafx.scene.control.Button b : java.util.List.of(open, folder)) {
            b.visibleProperty().bind(exports.writtenProperty().isNotNull());
            b.managedProperty().bind(b.visibleProperty());
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Long reads (a large matrix or coding query) can be stopped from here.
        javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
        cancel.setId("status-cancel");
        cancel.visibleProperty().bind(runner.stoppableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> runner.cancel());
        HBox bar = new HBox(12, project, documentTabs.summary(), notice, open, folder, spacer, status, cancel);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    // The theme screens live in org.quire.ui.themes with their own view models; they are only wired in here.
    private void addThemeTabs() {
        nodeTree.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        themeScreens = new org.quire.ui.themes.ThemeScreens(vm.project(), runner, vm.undoStack(), vm::report, tabs,
                () -> nodeTree.getSelectionModel().getSelectedItems().stream()
                        .filter(i -> i != null && i.getValue() != null).map(i -> i.getValue().node().id()).toList(),
                vm.reviewMarks());
        themeScreens.addTabs();
    }

    /** Whether the project's first screen is in the lists (see WorkbenchViewModel). */
    public javafx.beans.property.ReadOnlyBooleanProperty firstScreenShownProperty() {
        return vm.firstScreenShownProperty();
    }

    /** The Review pane's model: the supervisor's comments. */
    public org.quire.ui.review.ReviewModel review() {
        return review.model();
    }

    /** File → Export's model: the file the last export wrote, and where the save dialog starts. */
    public ExportsModel exports() {
        return exports;
    }

    /** The status bar's note of what the last action did. */
    public String statusText() {
        return notice.getText() == null ? "" : notice.getText();
    }

    /** The selected document tab's text area (null when none is open), for tests and keyboard focus. */
    public org.fxmisc.richtext.InlineCssTextArea documentArea() {
        return documentTabs.areaProperty().get();
    }
}
