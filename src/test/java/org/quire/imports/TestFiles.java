package org.quire.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small helpers that write test fixtures. */
final class TestFiles {
    private TestFiles() {
    }

    /** Writes a ZIP whose entries appear in the given order (a LinkedHashMap keeps it). */
    static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                if (e.getKey().equals("mimetype")) {
                    // OpenDocument wants its mimetype first and stored, so that it shows in the head.
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(bytes);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return file;
    }

    static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
