package org.quire.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Coder;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.store.Database;
import org.quire.store.ProjectLayout;
import org.quire.store.SourceStore;

/**
 * The first screen of a project (what the workbench shows before the whole lists are read) is
 * exactly the top of those lists: the same sources in the same order, every folder, the same nodes
 * depth first with the same paths.
 */
class FirstScreenTest {
    @TempDir
    Path dir;

    @Test
    void aBigProjectsFirstScreenIsTheTopOfTheWholeListsAndSaysItIsNotComplete() {
        Path folder = dir.resolve("Big.quire");
        Coder coder;
        try (Project p = Project.create(folder, null, "Ann")) {
            coder = p.coder();
            p.folders().createPath("Empty/Made by hand");
        }
        try (Database db = Database.open(new ProjectLayout(folder))) {
            db.write(coder, tx -> {
                // Names whose case order and plain order differ, in folders whose order differs from
                // the order they are made in.
                String[] folders = {"Interviews", "", "Field notes/2019-07", "field notes/2019-02", "Reports"};
                for (int i = 0; i < 260; i++) {
                    String name = (i % 3 == 0 ? "b" : i % 3 == 1 ? "B" : "a") + " note " + (260 - i);
                    tx.sources().insert(new SourceStore.NewSource(UUID.randomUUID().toString(), name,
                            folders[i % folders.length], "txt", "UTF-8", "%064d".formatted(i), "o" + i + ".txt",
                            coder.id(), tx.now(), null, "Text " + i, new int[] {0, 5}, List.of(), List.of(),
                            name + ".txt"));
                }
                Instant at = tx.now();
                for (int r = 0; r < 30; r++) {
                    Node root = tx.nodes().insert(UUID.randomUUID().toString(), null,
                            (r % 2 == 0 ? "theme " : "Theme ") + (30 - r), "", "#112233", at);
                    for (int c = 0; c < 6; c++) {
                        Node child = tx.nodes().insert(UUID.randomUUID().toString(), root.id(),
                                (c % 2 == 0 ? "Zeta " : "alpha ") + c, "", "#112233", at);
                        if (c == 2) {
                            tx.nodes().insert(UUID.randomUUID().toString(), child.id(), "Leaf", "", "#112233", at);
                        }
                    }
                }
                return null;
            });
        }
        try (Project p = Project.open(folder, "Ann")) {
            ProjectContents first = p.firstScreen();
            ProjectContents whole = p.contents();

            assertThat(whole.complete()).isTrue();
            assertThat(whole.sources()).hasSize(260);
            assertThat(whole.codeBook().size()).isEqualTo(240);
            assertThat(first.complete()).isFalse();

            assertThat(first.sources()).isEqualTo(whole.sources().subList(0, Project.FIRST_SCREEN_ROWS));
            assertThat(first.folders()).isEqualTo(whole.folders()).contains("Empty", "Empty/Made by hand");

            List<NodeId> wholeOrder = whole.codeBook().depthFirst().stream().map(Node::id).toList();
            NodeTree top = first.codeBook();
            assertThat(top.depthFirst().stream().map(Node::id).toList())
                    .isEqualTo(wholeOrder.subList(0, Project.FIRST_SCREEN_ROWS));
            for (Node n : top.depthFirst()) {
                assertThat(top.path(n.id())).isEqualTo(whole.codeBook().path(n.id()));
                assertThat(n).isEqualTo(whole.codeBook().get(n.id()).orElseThrow());
            }
        }
    }

    @Test
    void aSmallProjectsFirstScreenIsTheWholeOfIt(@TempDir Path files) throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source notes = TestProjects.importText(p, files, "notes.txt", "Field notes.");
            p.nodes().createPath("Trust/Early", "", null);
            p.nodes().createPath("Access", "", null);

            ProjectContents first = p.firstScreen();
            ProjectContents whole = p.contents();
            assertThat(first.complete()).isTrue();
            assertThat(first.sources()).containsExactly(notes).isEqualTo(whole.sources());
            assertThat(first.folders()).isEqualTo(whole.folders());
            assertThat(first.codeBook().depthFirst()).isEqualTo(whole.codeBook().depthFirst())
                    .extracting(Node::name).containsExactly("Access", "Trust", "Early");
        }
    }

    @Test
    void anEmptyProjectsFirstScreenIsEmptyAndComplete() {
        try (Project p = TestProjects.create(dir)) {
            ProjectContents first = p.firstScreen();
            assertThat(first.complete()).isTrue();
            assertThat(first.sources()).isEmpty();
            assertThat(first.codeBook().size()).isZero();
        }
    }
}
