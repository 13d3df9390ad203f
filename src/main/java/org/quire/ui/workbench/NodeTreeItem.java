package org.quire.ui.workbench;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TreeItem;
import org.quire.ui.common.NodeRow;

/**
 * A node's row in the code book's tree, whose counts change in place. A coding changes the counts
 * of a few nodes; giving their tree items new values would make the tree rebuild every visible row
 * (JavaFX's tree skins answer any changed item value so), which took a good part of the frame that
 * shows the coding. The counts are properties of their own instead, which the Refs and Sources
 * cells watch: only those cells are drawn again. The item's value changes only when more than the
 * counts changed (a colour, a description).
 */
public final class NodeTreeItem extends TreeItem<NodeRow> {
    private NodeRow row;
    private final ReadOnlyObjectWrapper<Number> references = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Number> sources = new ReadOnlyObjectWrapper<>();

    public NodeTreeItem(NodeRow row) {
        super(row);
        this.row = row;
        counts(row);
    }

    /** The row as it is now: the item's value, with the counts of the last update. */
    public NodeRow row() {
        return row;
    }

    /** What a tree item of the code book shows now (null for an item without a row, such as the root). */
    public static NodeRow rowOf(TreeItem<?> item) {
        return item instanceof NodeTreeItem n ? n.row() : item.getValue() instanceof NodeRow r ? r : null;
    }

    /** The node's coding references with those of its children, blank until counted (the Refs column). */
    public ReadOnlyObjectProperty<Number> references() {
        return references.getReadOnlyProperty();
    }

    /** The sources coded at the node or its children, blank until counted (the Sources column). */
    public ReadOnlyObjectProperty<Number> sources() {
        return sources.getReadOnlyProperty();
    }

    /** Shows {@code now}: in place when only its counts differ from the item's value, else as a new value. */
    public void update(NodeRow now) {
        NodeRow value = getValue();
        if (!now.node().equals(value.node()) || !now.path().equals(value.path()) || now.depth() != value.depth()) {
            setValue(now);
        }
        row = now;
        counts(now);
    }

    private void counts(NodeRow r) {
        references.set(r.counted() ? r.aggregateReferences() : null);
        sources.set(r.counted() ? r.aggregateSources() : null);
    }
}
