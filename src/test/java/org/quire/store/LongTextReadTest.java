package org.quire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Coder;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.service.Project;

/** Texts and word starts are read as H2 hands them over (Jdbc.listLobs); nothing else may change. */
class LongTextReadTest {
    @TempDir
    Path dir;

    private static String longText() {
        // Above H2's in-place limit, so the text lives in its LOB store; some of it outside Latin-1.
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 200_000; i++) {
            b.append("Paragraph ").append(i).append(": café, naïve, 東京, 🙂 — a note on trust.\n\n");
        }
        return b.toString();
    }

    private static SourceStore.NewSource source(Coder coder, Tx tx, String name, String text) {
        return new SourceStore.NewSource(UUID.randomUUID().toString(), name, "", "txt", "UTF-8",
                UUID.randomUUID().toString(), name + ".txt", coder.id(), tx.now(), null, text, new int[] {0, 10},
                List.of(new Span(0, 10), new Span(12, text.length())), List.of(), name + ".txt");
    }

    @Test
    void textsReadInsideAWriteAreTheTextsStoredAndAFailedWriteLeavesNothing() {
        Path folder = dir.resolve("Texts.quire");
        Coder coder;
        try (Project p = Project.create(folder, null, "Ann")) {
            coder = p.coder();
        }
        String text = longText();
        try (Database db = Database.open(new ProjectLayout(folder))) {
            Source kept = db.write(coder, tx -> tx.sources().insert(source(coder, tx, "Kept", text)));
            assertThatThrownBy(() -> db.write(coder, tx -> {
                Source s = tx.sources().insert(source(coder, tx, "Rolled back", text + "more"));
                // Reading texts inside the transaction switches H2 to reading rows as they come and
                // back: that must neither commit the insert above nor lose sight of it.
                assertThat(tx.sources().text(s.id()).text()).isEqualTo(text + "more");
                assertThat(tx.sources().textsWithLayout(List.of(kept.id(), s.id()))).hasSize(2);
                throw new IllegalStateException("the user's action fails");
            })).hasMessageContaining("fails");

            db.read(tx -> {
                assertThat(tx.sources().all()).extracting(Source::name).containsExactly("Kept");
                assertThat(tx.sources().text(kept.id()).text()).isEqualTo(text);
                var read = tx.sources().textsWithLayout(List.of(kept.id(), new SourceId(-1)));
                assertThat(read).containsOnlyKeys(kept.id());
                assertThat(read.get(kept.id()).text()).isEqualTo(text);
                assertThat(read.get(kept.id()).paragraphs()).containsExactly(new Span(0, 10), new Span(12, text.length()));
                assertThat(tx.sources().texts(List.of(kept.id())).get(kept.id()).wordStarts()).containsExactly(0, 10);
                assertThat(tx.sources().wordStarts(kept.id())).containsExactly(0, 10);
                return null;
            });
            // Queries after the reads run as before (H2 is back to collecting results first).
            List<Source> after = db.read(tx -> tx.sources().all());
            assertThat(after).hasSize(1);
        }
    }
}
