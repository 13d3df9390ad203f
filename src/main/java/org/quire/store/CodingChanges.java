package org.quire.store;

import java.util.HashSet;
import java.util.Set;
import org.quire.model.NodeId;

/**
 * Which nodes' codings changed in committed transactions since the last {@link Database#takeCodingChanges()}.
 * Every coding row is written by {@link CodingStore}, so it records what it touches; a deleted
 * source or node (whose codings go by cascade) marks everything changed.
 *
 * @param everything when true, {@code nodes} is not a complete list: recompute all
 */
public record CodingChanges(Set<NodeId> nodes, boolean everything) {
    public CodingChanges {
        nodes = Set.copyOf(nodes);
    }

    /**
     * What one transaction touched: the nodes whose codings changed (merged into the database's
     * record only when it commits), and whether the list of sources changed (which bumps
     * {@link Database#sourceListVersion()} on commit).
     */
    static final class Collector {
        private final Set<NodeId> nodes = new HashSet<>();
        private boolean everything;
        /** Whether a source was added, renamed or removed (the list of sources changed). */
        private boolean sources;

        void sources() {
            sources = true;
        }

        /** Whether a node was added, changed (name, parent, colour, description) or removed. */
        private boolean nodeList;

        void nodeList() {
            nodeList = true;
        }

        boolean nodeListChanged() {
            return nodeList;
        }

        boolean sourcesChanged() {
            return sources;
        }

        void node(NodeId id) {
            nodes.add(id);
        }

        void everything() {
            everything = true;
        }

        boolean isEmpty() {
            return nodes.isEmpty() && !everything;
        }

        void drainInto(Collector target) {
            target.nodes.addAll(nodes);
            target.everything |= everything;
        }

        CodingChanges take() {
            CodingChanges c = new CodingChanges(nodes, everything);
            nodes.clear();
            everything = false;
            return c;
        }
    }
}
