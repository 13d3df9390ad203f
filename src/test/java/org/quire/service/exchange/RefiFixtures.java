package org.quire.service.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes hand-made, fictional REFI-QDA archives for tests, in the shapes different vendors produce. */
final class RefiFixtures {
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private boolean stored;

    RefiFixtures add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    RefiFixtures add(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    /** Entries stored uncompressed, as NVivo for Mac writes them. */
    RefiFixtures stored() {
        this.stored = true;
        return this;
    }

    Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A one-page PDF with the given lines of text. */
    static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A crafted fixture folder of {@code src/test/resources/refi}. */
    static Path resource(String name) {
        try {
            return Path.of(RefiFixtures.class.getResource("/refi/" + name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource refi/" + name, e);
        }
    }

    /**
     * A fixture folder zipped as a QDPX; in its {@code .qde} file every key of {@code replace} is
     * replaced by its value (paths that depend on where the test runs).
     */
    static Path qdpx(String name, Path out, Map<String, String> replace) throws IOException {
        Path folder = resource(name);
        RefiFixtures f = new RefiFixtures();
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String entry = folder.relativize(p).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(p);
                if (entry.endsWith(".qde")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    for (Map.Entry<String, String> r : replace.entrySet()) {
                        xml = xml.replace(r.getKey(), r.getValue());
                    }
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                f.add(entry, bytes);
            }
        }
        return f.write(out);
    }

    static Path qdpx(String name, Path out) throws IOException {
        return qdpx(name, out, Map.of());
    }

    /** A project file around {@code body}, in namespace {@code ns}. */
    static String project(String ns, String origin, String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"" + ns + "\" name=\"Fixture\" origin=\""
                + origin + "\">\n" + body + "\n</Project>\n";
    }
}
