package org.quire.ui.nodes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.quire.ui.common.NodeRow;
import org.quire.ui.common.Workbench;

/**
 * The code book as the tree shows it: filtered by a few typed letters (a match keeps its ancestors,
 * so it is seen in place) and with siblings sorted by name or by reference counts.
 */
public final class NodeListing {
    /** How siblings are ordered. */
    public enum Sort {
        NAME("By name"), REFERENCES("By references"), SOURCES("By sources");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private NodeListing() {
    }

    private static final class Item {
        final NodeRow row;
        // Lowered once: the tree is arranged after every coding, thousands of rows at a time.
        final String key;
        final List<Item> children = new ArrayList<>();

        Item(NodeRow row) {
            this.row = row;
            this.key = row == null ? "" : row.node().name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param rows the code book depth first, as {@code Workbench.nodes()} holds it
     * @return the rows to show, depth first, each after its parent
     */
    public static List<NodeRow> arrange(List<NodeRow> rows, String filter, Sort sort) {
        Item root = new Item(null);
        Deque<Item> stack = new ArrayDeque<>();
        for (NodeRow row : rows) {
            while (stack.size() > row.depth()) {
                stack.pop();
            }
            Item item = new Item(row);
            (stack.isEmpty() ? root : stack.peek()).children.add(item);
            stack.push(item);
        }
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<NodeRow> out = new ArrayList<>();
        emit(root, f, comparator(sort), out);
        return out;
    }

    private static Comparator<Item> comparator(Sort sort) {
        Comparator<Item> byName = Comparator.comparing(i -> i.key);
        return switch (sort) {
            case NAME -> byName;
            case REFERENCES -> Comparator.comparingInt((Item i) -> -i.row.aggregateReferences()).thenComparing(byName);
            case SOURCES -> Comparator.comparingInt((Item i) -> -i.row.aggregateSources()).thenComparing(byName);
        };
    }

    /** Emits an item's children that match or hold a match; returns whether any did. */
    private static boolean emit(Item parent, String filter, Comparator<Item> order, List<NodeRow> out) {
        List<Item> children = new ArrayList<>(parent.children);
        children.sort(order);
        boolean any = false;
        for (Item child : children) {
            int at = out.size();
            out.add(child.row);
            boolean self = filter.isEmpty() || child.key.contains(filter);
            boolean below = emit(child, self ? "" : filter, order, out);
            if (!self && !below) {
                out.subList(at, out.size()).clear();
            } else {
                any = true;
            }
        }
        return any;
    }
}
