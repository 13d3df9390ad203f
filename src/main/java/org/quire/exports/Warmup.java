package org.quire.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Writes a one-cell workbook and a one-node code book to a temporary folder and deletes them, so
 * that the classes the Excel and Word writers need (POI, its XML beans, the zip and XML machinery;
 * about a second of class loading) are loaded before the user's first export asks for them.
 */
public final class Warmup {
    private Warmup() {
    }

    /** Runs the writers once; anything that goes wrong is ignored: the real export reports its own errors. */
    public static void run() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("quire-warmup");
            Table table = new Table("Warm-up", List.of(Table.Column.text("Node", 20), Table.Column.wrapped("Extract", 60)),
                    List.of(List.of("Trust", "A passage")), List.of(false));
            XlsxExport.write(List.of(table), dir.resolve("warmup.xlsx"));
            DocxExport.codeBook(new CodeBook("Warm-up", Instant.now(), List.of(new CodeBook.Entry("0", "Trust", "Trust",
                    0, "Whether partners rely on each other", "#336699", 1, 1, 2, 1, 1, 2))), dir.resolve("warmup.docx"));
        } catch (IOException | RuntimeException | LinkageError e) {
            // nothing to do: warming is an optimisation
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a temporary folder; the system tidies it
                }
            }
        }
    }
}
