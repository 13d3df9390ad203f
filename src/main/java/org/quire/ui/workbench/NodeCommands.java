package org.quire.ui.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.service.exchange.ExportOptions;
import org.quire.ui.common.NodeRow;
import org.quire.ui.nodes.NodeActions;
import org.quire.ui.nodes.NodeDetailView;
import org.quire.ui.nodes.NodeDetailViewModel;
import org.quire.ui.nodes.NodeListing;

/**
 * The code book's tools around the tree: the filter box and sort order, multi-select and merge with
 * its confirmation, and each node's detail tab (description, colour, passages, memo).
 */
final class NodeCommands {
    private final WorkbenchViewModel vm;
    private final TreeTableView<NodeRow> tree;
    private final TabPane tabs;
    private final QuickCodeBox chooser;
    private final Runnable showDocument;
    private final NodeActions actions;
    private final TextField filter = new TextField();
    private final ChoiceBox<NodeListing.Sort> sort = new ChoiceBox<>();
    private final Map<String, Tab> detailTabs = new HashMap<>();
    private final ExportsModel exports;

    NodeCommands(WorkbenchViewModel vm, TreeTableView<NodeRow> tree, TabPane tabs,
                 QuickCodeBox chooser, Runnable showDocument, ExportsModel exports) {
        this.exports = exports;
        this.vm = vm;
        this.tree = tree;
        this.tabs = tabs;
        this.chooser = chooser;
        this.showDocument = showDocument;
        this.actions = new NodeActions(vm);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        filter.setId("node-filter");
        filter.setPromptText("Filter nodes");
        sort.getItems().setAll(NodeListing.Sort.values());
        sort.setValue(NodeListing.Sort.NAME);
        sort.setId("node-sort");
        filter.textProperty().addListener((o, a, b) -> rebuild());
        sort.valueProperty().addListener((o, a, b) -> rebuild());
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && selected().size() == 1) {
                openDetails(selected().get(0));
            }
        });
    }

    NodeActions actions() {
        return actions;
    }

    /** The filter box and sort choice above the tree. */
    Region toolbar() {
        HBox bar = new HBox(6, filter, sort);
        HBox.setHgrow(filter, Priority.ALWAYS);
        return bar;
    }

    Region withToolbar() {
        VBox box = new VBox(4, toolbar(), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        return box;
    }

    /** Fills the tree from the view model's rows, filtered and sorted. */
    void rebuild() {
        if (updateInPlace()) {
            return;
        }
        List<NodeRow> input = List.copyOf(vm.nodes());
        List<NodeRow> arranged = NodeListing.arrange(input, filter.getText(), sort.getValue());
        arrangedFrom = input;
        arrangedFilter = filter.getText();
        arrangedSort = sort.getValue();
        if (sameShape(arranged)) {
            // The same nodes in the same places (a coding changed some counts): only the rows that
            // changed are given their new values, so the tree keeps its selection, what is folded
            // and where it is scrolled, and the window does not rebuild thousands of rows per edit.
            for (int i = 0; i < arranged.size(); i++) {
                if (!items.get(i).row().equals(arranged.get(i))) {
                    items.get(i).update(arranged.get(i));
                }
            }
            indexItems();
            return;
        }
        TreeItem<NodeRow> root = new TreeItem<>();
        java.util.Deque<TreeItem<NodeRow>> stack = new java.util.ArrayDeque<>();
        List<NodeTreeItem> built = new ArrayList<>(arranged.size());
        for (NodeRow row : arranged) {
            while (stack.size() > row.depth()) {
                stack.pop();
            }
            NodeTreeItem item = new NodeTreeItem(row);
            item.setExpanded(true);
            (stack.isEmpty() ? root : stack.peek()).getChildren().add(item);
            stack.push(item);
            built.add(item);
        }
        items = built;
        indexItems();
        tree.setRoot(root);
    }

    // The tree's items in the order they were built (depth first), for updates in place.
    private List<NodeTreeItem> items = List.of();
    // The same items by node, and what the tree was last arranged from.
    private final Map<org.quire.model.NodeId, NodeTreeItem> itemsByNode = new HashMap<>();
    private List<NodeRow> arrangedFrom;
    private String arrangedFilter;
    private NodeListing.Sort arrangedSort;

    private void indexItems() {
        itemsByNode.clear();
        for (NodeTreeItem item : items) {
            itemsByNode.put(item.getValue().node().id(), item);
        }
    }

    /**
     * After a coding: the view model hands over the same row objects for the nodes whose counts did
     * not change (see {@code WorkbenchViewModel.refreshNodes}), so the rows that did are found by
     * identity, and when none of them can move (same node, depth and name; under a sort by counts,
     * the same counts) only their tree items get the new values. The thousands of others are not
     * arranged, sorted or compared again: that work landed in the frame that shows the coding.
     */
    private boolean updateInPlace() {
        List<NodeRow> input = vm.nodes();
        List<NodeRow> from = arrangedFrom;
        if (tree.getRoot() == null || from == null || from.size() != input.size() || sort.getValue() != arrangedSort
                || !java.util.Objects.equals(filter.getText(), arrangedFilter)) {
            return false;
        }
        List<NodeRow> changed = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            NodeRow was = from.get(i);
            NodeRow now = input.get(i);
            if (was == now) {
                continue;
            }
            boolean stays = was.node().id().equals(now.node().id()) && was.depth() == now.depth()
                    && was.node().name().equals(now.node().name())
                    && (sort.getValue() == NodeListing.Sort.NAME
                    || (was.aggregateReferences() == now.aggregateReferences() && was.aggregateSources() == now.aggregateSources()));
            if (!stays) {
                return false;
            }
            changed.add(now);
        }
        for (NodeRow now : changed) {
            NodeTreeItem item = itemsByNode.get(now.node().id());
            if (item != null) {
                item.update(now);
            }
        }
        arrangedFrom = List.copyOf(input);
        return true;
    }

    private boolean sameShape(List<NodeRow> arranged) {
        if (tree.getRoot() == null || items.size() != arranged.size() || arranged.isEmpty()) {
            return false;
        }
        for (int i = 0; i < arranged.size(); i++) {
            NodeRow was = items.get(i).getValue();
            NodeRow now = arranged.get(i);
            if (!was.node().id().equals(now.node().id()) || was.depth() != now.depth()) {
                return false;
            }
        }
        return true;
    }

    List<NodeRow> selected() {
        List<NodeRow> rows = new ArrayList<>();
        for (TreeItem<NodeRow> item : tree.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null) {
                rows.add(NodeTreeItem.rowOf(item));
            }
        }
        return rows;
    }

    /** The paths of the selected nodes, for File → Export → Coded passages → Selected codes. */
    List<String> selectedPaths() {
        return selected().stream().map(NodeRow::path).toList();
    }

    // The node view's Export: the same save dialog and status-bar offer as File → Export.
    private void exportPassages(ExportOptions options) {
        String node = options.nodes().get(0);
        String name = exports.fileName(ExportOptions.What.PASSAGES, options.format());
        int dot = name.lastIndexOf('.');
        name = name.substring(0, dot) + " - " + node.substring(node.lastIndexOf('/') + 1)
                .replaceAll("[\\\\/:*?\"<>|]", "-") + name.substring(dot);
        ExportMenu.saveDialog(exports, tree, "Export the passages coded at " + node, name,
                ExportMenu.caption(ExportOptions.What.PASSAGES, options.format()),
                "*." + options.format().name().toLowerCase(java.util.Locale.ROOT))
                .ifPresent(file -> exports.export(options, file));
    }

    /** Asks which node the selected ones merge into, confirms with the counts, then merges. */
    void mergeSelected() {
        List<NodeRow> chosen = selected();
        if (chosen.isEmpty()) {
            vm.errorProperty().set("Select the nodes to merge in the tree first (Ctrl+click selects several)");
            return;
        }
        showDocument.run();
        List<String> targets = new ArrayList<>(chosen.stream().map(NodeRow::path).toList());
        vm.nodePaths().stream().filter(p -> !targets.contains(p)).forEach(targets::add);
        String what = chosen.size() == 1 ? "'" + chosen.get(0).path() + "'" : chosen.size() + " selected nodes";
        chooser.openWithHeading("Merge " + what + " into…", targets, path -> {
            NodeRow into = vm.nodes().stream().filter(r -> r.path().equalsIgnoreCase(path))
                    .findFirst().orElse(null);
            if (into == null) {
                vm.errorProperty().set("No node '" + path + "' to merge into");
                return;
            }
            confirmMerge(chosen.stream().filter(r -> !r.node().guid().equals(into.node().guid())).toList(), into);
        }, () -> tree.requestFocus());
    }

    /** Shows how many codings move, and merges on OK. */
    void confirmMerge(List<NodeRow> from, NodeRow into) {
        if (from.isEmpty()) {
            vm.errorProperty().set("Choose at least one node besides '" + into.path() + "' to merge into it");
            return;
        }
        actions.mergeImpact(from, into, impact -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, NodeActions.confirmation(from, into, impact));
            confirm.setHeaderText(null);
            confirm.setTitle("Merge nodes");
            confirm.initOwner(tree.getScene().getWindow());
            confirm.getDialogPane().setId("merge-confirmation");
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> actions.merge(from, into));
        });
    }

    /** Opens (or brings forward) the node's detail tab. */
    void openDetails(NodeRow row) {
        Tab open = detailTabs.get(row.node().guid());
        if (open != null && tabs.getTabs().contains(open)) {
            tabs.getSelectionModel().select(open);
            return;
        }
        NodeDetailViewModel detail = new NodeDetailViewModel(vm, actions, row.node().guid(), row.path());
        Tab tab = new Tab(row.node().name(), new NodeDetailView(detail, this::exportPassages).build());
        tab.setId("node-tab");
        tab.textProperty().bind(detail.pathProperty());
        tab.setOnClosed(e -> {
            detail.dispose();
            detailTabs.remove(row.node().guid());
        });
        detailTabs.put(row.node().guid(), tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** The Node menu's items, with their shortcuts. */
    /** Asks for a name and description and makes a node at the top level, or under {@code parent}. */
    void newNode(NodeRow parent) {
        org.quire.ui.nodes.NewNodeDialog.ask(tree, parent == null ? "New node" : "New child node",
                        "A new node", parent == null ? null : parent.path())
                .ifPresent(n -> vm.createNode(n.path(), n.description()));
    }

    /** New node (top level) and New child node (under the selected node), for the Node menu and the tree. */
    List<MenuItem> newNodeItems() {
        MenuItem newNode = new MenuItem("New node…");
        newNode.setId("new-node-item");
        newNode.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN,
                KeyCombination.ALT_DOWN));
        newNode.setOnAction(e -> newNode(null));
        MenuItem child = new MenuItem("New child node…");
        child.setId("new-child-node-item");
        child.setOnAction(e -> {
            if (selected().isEmpty()) {
                vm.errorProperty().set("Select the node the new one goes under first");
                return;
            }
            newNode(selected().get(0));
        });
        return List.of(newNode, child);
    }

    List<MenuItem> menuItems() {
        // Enter on a node in the tree opens it too; Ctrl+Enter is left to text boxes (a memo entry).
        MenuItem details = new MenuItem("Open node details\tEnter");
        details.setOnAction(e -> selected().stream().findFirst().ifPresent(this::openDetails));
        MenuItem describe = new MenuItem("Describe / recolour…");
        describe.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        describe.setOnAction(e -> selected().stream().findFirst().ifPresent(r -> {
            openDetails(r);
            javafx.application.Platform.runLater(() -> {
                var field = tabs.getSelectionModel().getSelectedItem().getContent().lookup("#node-description");
                if (field != null) {
                    field.requestFocus();
                }
            });
        }));
        MenuItem merge = new MenuItem("Merge selected nodes…");
        merge.setId("merge-item");
        merge.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        merge.setOnAction(e -> mergeSelected());
        MenuItem find = new MenuItem("Filter nodes");
        find.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> filter.requestFocus());
        List<MenuItem> items = new java.util.ArrayList<>(newNodeItems());
        items.addAll(List.of(details, describe, merge, find));
        return items;
    }
}
