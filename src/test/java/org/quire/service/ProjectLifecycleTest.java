package org.quire.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;

class ProjectLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void everythingIsStillThereAfterCloseAndReopen() throws Exception {
        Path folder;
        Span span = new Span(4, 9);
        try (Project p = TestProjects.create(dir)) {
            folder = p.folder();
            Source s = TestProjects.importText(p, dir, "notes.txt", "The north star of the partnership.");
            Node n = p.nodes().createPath("Vision/North star", "Shared aims", null);
            p.codings().code(s.id(), n.id(), span);
        }
        try (Project p = Project.open(folder, "Someone Else")) {
            assertThat(p.title()).isEqualTo("Test project");
            Source s = p.sources().find("notes");
            Node n = p.nodes().find("Vision/North star");
            assertThat(n.description()).isEqualTo("Shared aims");
            assertThat(p.codings().bySource(s.id())).singleElement()
                    .satisfies(c -> assertThat(c.span()).isEqualTo(span));
            assertThat(p.sources().text(s.id()).extract(span)).isEqualTo("north");
        }
    }

    @Test
    void compactingGivesBackTheSpaceOfDeletedSourcesAndKeepsEverythingElse() throws Exception {
        Path folder;
        Span span = new Span(4, 9);
        long[] sizes;
        try (Project p = TestProjects.create(dir)) {
            folder = p.folder();
            Source kept = TestProjects.importText(p, dir, "notes.txt", "The north star of the partnership.");
            p.codings().code(kept.id(), p.nodes().createPath("Vision/North star", null, null).id(), span);
            StringBuilder big = new StringBuilder();
            java.util.Random random = new java.util.Random(7);
            while (big.length() < 6_000_000) {
                big.append("word").append(random.nextInt(1_000_000)).append(random.nextInt(9) == 0 ? ".\n\n" : " ");
            }
            Source gone = TestProjects.importText(p, dir, "big.txt", big.toString());
            p.sources().delete(gone.id());
            sizes = p.compactAndClose();
        }
        assertThat(sizes[1]).isLessThan(sizes[0] / 2);
        try (Project p = Project.open(folder, "Someone Else")) {
            Source s = p.sources().find("notes");
            assertThat(p.codings().bySource(s.id())).singleElement()
                    .satisfies(c -> assertThat(c.span()).isEqualTo(span));
            assertThat(p.sources().list()).hasSize(1);
        }
    }

    @Test
    void aSecondOpenOfTheSameProjectIsRefusedWithAClearMessage() {
        try (Project p = TestProjects.create(dir)) {
            assertThatThrownBy(() -> Project.open(p.folder(), "Other"))
                    .isInstanceOf(QuireException.class)
                    .hasMessageContaining("already open in another Quire window or process");
        }
    }

    @Test
    void creatingAProjectInANonEmptyFolderIsRefused() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("thesis.docx"), "x");
        assertThatThrownBy(() -> Project.create(dir, null, "Me"))
                .isInstanceOf(QuireException.class)
                .hasMessageContaining("not empty");
    }

    @Test
    void openingAFolderThatIsNotAProjectSaysSo() {
        assertThatThrownBy(() -> Project.open(dir, "Me"))
                .isInstanceOf(QuireException.class)
                .hasMessageContaining("No Quire project at");
    }
}
