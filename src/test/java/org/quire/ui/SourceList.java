package org.quire.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import org.quire.model.Source;
import org.quire.ui.sources.SourceTreeModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Sources pane as a test reads it, and opening a source as a researcher does: clicking its row. */
public final class SourceList {
    private final TreeView<SourceTreeModel.Entry> tree;

    private SourceList(TreeView<SourceTreeModel.Entry> tree) {
        this.tree = tree;
    }

    @SuppressWarnings("unchecked")
    public static SourceList of(FxRobot robot) {
        return new SourceList((TreeView<SourceTreeModel.Entry>) robot.lookup("#sources").queryAs(TreeView.class));
    }

    public TreeView<SourceTreeModel.Entry> tree() {
        return tree;
    }

    /** The sources in the order the pane shows them, folders opened or not. */
    public List<Source> getItems() {
        List<Source> out = new ArrayList<>();
        collect(tree.getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<SourceTreeModel.Entry> item, List<Source> out) {
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof SourceTreeModel.Doc d) {
            out.add(d.source());
        }
        for (TreeItem<SourceTreeModel.Entry> child : List.copyOf(item.getChildren())) {
            collect(child, out);
        }
    }

    /** The selected source, or null. */
    public Source selected() {
        TreeItem<SourceTreeModel.Entry> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof SourceTreeModel.Doc d ? d.source() : null;
    }

    static void open(FxRobot robot, SourceList sources, int index) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sources.getItems().size() > index);
        open(robot, sources, sources.getItems().get(index));
    }

    static void open(FxRobot robot, SourceList sources, Source source) throws Exception {
        clickRow(robot, sources, new SourceTreeModel.Doc(source));
    }

    /** Scrolls to a row (a source or a folder) and clicks it. */
    public static void clickRow(FxRobot robot, SourceList sources, SourceTreeModel.Entry entry) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> itemOf(sources.tree, entry) != null);
        robot.interact(() -> sources.tree.scrollTo(sources.tree.getRow(itemOf(sources.tree, entry))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cellOf(sources.tree, entry) != null);
        robot.clickOn(cellOf(sources.tree, entry), MouseButton.PRIMARY);
    }

    /** The row on screen showing {@code entry}, or null. */
    public static Node cellOf(TreeView<SourceTreeModel.Entry> tree, SourceTreeModel.Entry entry) {
        return tree.lookupAll(".tree-cell").stream()
                .filter(n -> n instanceof TreeCell<?> c && !c.isEmpty() && same(entry, (SourceTreeModel.Entry) c.getItem()))
                .findFirst().orElse(null);
    }

    private static TreeItem<SourceTreeModel.Entry> itemOf(TreeView<SourceTreeModel.Entry> tree,
                                                         SourceTreeModel.Entry entry) {
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            TreeItem<SourceTreeModel.Entry> item = tree.getTreeItem(i);
            if (item != null && same(entry, item.getValue())) {
                return item;
            }
        }
        return null;
    }

    private static boolean same(SourceTreeModel.Entry a, SourceTreeModel.Entry b) {
        if (a instanceof SourceTreeModel.Doc da && b instanceof SourceTreeModel.Doc db) {
            return da.source().id().equals(db.source().id());
        }
        return a.equals(b);
    }
}
