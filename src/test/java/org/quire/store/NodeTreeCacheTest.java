package org.quire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Node;
import org.quire.model.NodeTree;
import org.quire.service.Project;

/** The code book's tree kept between transactions: never older than what was committed. */
class NodeTreeCacheTest {
    @Test
    void everyCommittedChangeOfANodeShowsInTheNextTree(@TempDir Path dir) {
        try (Project p = Project.create(dir.resolve("Tree.quire"), null, "Ann")) {
            Node trust = p.nodes().createPath("Trust", "", null);
            NodeTree first = p.nodes().tree();
            assertThat(p.nodes().tree()).as("unchanged: the same tree is handed out").isSameAs(first);

            p.nodes().rename(trust.id(), "Confidence");
            assertThat(p.nodes().tree().path(trust.id())).isEqualTo("Confidence");

            Node early = p.nodes().createPath("Confidence/Early", "", null);
            assertThat(p.nodes().tree().path(early.id())).isEqualTo("Confidence/Early");

            p.nodes().delete(early.id());
            assertThat(p.nodes().tree().get(early.id())).isEmpty();
            assertThat(p.nodes().tree().size()).isEqualTo(1);
        }
    }

    @Test
    void aTransactionThatChangedANodeSeesItsOwnChangeAndAFailedOneLeavesTheTreeAsItWas(@TempDir Path dir) {
        Path folder;
        try (Project p = Project.create(dir.resolve("Tx.quire"), null, "Ann")) {
            p.nodes().createPath("Trust", "", null);
            folder = p.folder();
        }
        try (Database db = Database.open(new ProjectLayout(folder))) {
            NodeTree before = db.read(tx -> tx.nodes().tree());
            assertThatThrownBy(() -> db.write(null, tx -> {
                Node made = tx.nodes().insert("11111111-2222-3333-4444-555555555555", null, "Money", "", "#112233",
                        tx.now());
                assertThat(tx.nodes().tree().get(made.id())).as("seen inside its transaction").isPresent();
                throw new IllegalStateException("the edit fails after making the node");
            })).isInstanceOf(IllegalStateException.class);
            NodeTree after = db.read(tx -> tx.nodes().tree());
            assertThat(after.roots()).extracting(Node::name).containsExactly("Trust");
            assertThat(before.roots()).extracting(Node::name).containsExactly("Trust");

            db.write(null, tx -> tx.nodes().insert("11111111-2222-3333-4444-666666666666", null, "Money", "",
                    "#112233", tx.now()));
            assertThat(db.read(tx -> tx.nodes().tree()).roots()).extracting(Node::name)
                    .containsExactly("Money", "Trust");
        }
    }

    @Test
    void aTreeHandedOutCannotBeChangedByItsReader(@TempDir Path dir) {
        try (Project p = Project.create(dir.resolve("Shared.quire"), null, "Ann")) {
            p.nodes().createPath("Trust", "", null);
            NodeTree tree = p.nodes().tree();
            assertThatThrownBy(() -> tree.roots().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThat(p.nodes().tree().roots()).hasSize(1);
        }
    }
}
