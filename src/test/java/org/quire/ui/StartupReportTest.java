package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.ui.common.NodeRow;
import org.quire.ui.workbench.NodeTreeItem;

/**
 * The installer's training run quits once the code book shows its counts: it must see counts that
 * reach a row in place (before it read the item's first value and never quit).
 */
class StartupReportTest {
    @Test
    void theCountsAreSeenWhenTheyReachTheFirstRowInPlace() {
        Node trust = new Node(new NodeId(1), "g", null, "Trust", "", null, Instant.EPOCH, Instant.EPOCH);
        NodeTreeItem item = new NodeTreeItem(NodeRow.uncounted(trust, "Trust", 0));
        assertThat(StartupReport.counted(item)).isFalse();

        item.update(new NodeRow(trust, "Trust", 0, 2, 3, 1));

        assertThat(item.getValue().counted()).as("the item keeps its first value").isFalse();
        assertThat(StartupReport.counted(item)).isTrue();
    }
}
