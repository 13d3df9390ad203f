package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are empty, damaged, disguised, oversized or built to attack the importer. */
class HostileInputTest {
    private static final String SECRET = "SECRET-MARKER-7f3a";
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
            + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @TempDir
    Path dir;

    @Test
    void emptyFileIsRefused() throws IOException {
        Path file = Files.createFile(dir.resolve("blank.docx"));

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class).hasMessage("blank.docx: the file is empty");
    }

    @Test
    void fileOverTheSizeLimitIsRefused() throws IOException {
        Path file = TestFiles.write(dir.resolve("big.txt"), "x".repeat(2048));

        assertThatThrownBy(() -> Importers.standard().read(file, new ImportLimits(1024, 1_000_000)))
                .isInstanceOf(ImportException.class)
                .hasMessage("big.txt: the file is 2.0 KB, over the import limit of 1.0 KB");
    }

    @Test
    void textOverTheTextLimitIsRefused() throws IOException {
        Path file = dir.resolve("long.html");
        TestFiles.write(file, "<p>" + "word ".repeat(1000) + "</p>");

        assertThatThrownBy(() -> Importers.standard().read(file, new ImportLimits(1_000_000, 100)))
                .isInstanceOf(ImportException.class)
                .hasMessage("long.html: the text is longer than the limit of 100 characters");
    }

    @Test
    void binaryDataNamedTxtIsRefused() throws IOException {
        Path file = dir.resolve("interview.txt");
        byte[] bytes = new byte[2000];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 'a';
        bytes[1] = 0;
        Files.write(file, bytes);

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessage("interview.txt: this is binary data, not text — is it the right file?");
    }

    @Test
    void encryptedDocxIsRefusedWithEncryptedMessage() throws Exception {
        Path plain = dir.resolve("plain.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Confidential interview.");
            DocxImporterTest.write(doc, plain);
        }
        Path file = dir.resolve("locked.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile()); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessage("locked.docx: encrypted — remove the password and import again");
    }

    @Test
    void zipBombDressedAsDocxIsRefused() throws IOException {
        Path file = dir.resolve("bomb.docx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document " + W + "><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40; i++) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(200_000);

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessage("bomb.docx: " + ImportFailures.ZIP_BOMB);
    }

    @Test
    void zipBombDressedAsOdtIsRefused() throws IOException {
        Path file = dir.resolve("bomb.odt");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<office:document-content " + OdtImporterTest.NAMESPACES
                    + "><office:body><office:text><text:p>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40; i++) {
                zip.write(chunk);
            }
            zip.write("</text:p></office:text></office:body></office:document-content>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessage("bomb.odt: " + ImportFailures.ZIP_BOMB);
    }

    @Test
    void externalEntitiesInDocxAreNeverResolved() throws IOException {
        Path secret = TestFiles.write(dir.resolve("secret.txt"), SECRET);
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", CONTENT_TYPES);
        entries.put("_rels/.rels", RELS);
        entries.put("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]><w:document " + W + "><w:body><w:p><w:r><w:t>Hello &xxe;</w:t></w:r></w:p>"
                + "</w:body></w:document>");
        Path file = TestFiles.zip(dir.resolve("xxe.docx"), entries);

        assertNoSecretLeaks(file);
    }

    @Test
    void externalEntitiesInOdtAreNeverResolved() throws IOException {
        Path secret = TestFiles.write(dir.resolve("secret.txt"), SECRET);
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        entries.put("content.xml", "<?xml version=\"1.0\"?><!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]><office:document-content " + OdtImporterTest.NAMESPACES
                + "><office:body><office:text><text:p>Hello &xxe;</text:p></office:text></office:body>"
                + "</office:document-content>");
        Path file = TestFiles.zip(dir.resolve("xxe.odt"), entries);

        assertNoSecretLeaks(file);
    }

    @Test
    void externalEntitiesInHtmlAreNeverResolved() throws IOException {
        Path secret = TestFiles.write(dir.resolve("secret.txt"), SECRET);
        Path file = TestFiles.write(dir.resolve("xxe.html"), "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]><html><body><p>Hello &xxe;</p><iframe src=\"" + secret.toUri() + "\"></iframe></body></html>");

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);

        assertThat(imported.text()).contains("Hello &xxe;").doesNotContain(SECRET);
    }

    @Test
    void plainZipNamedDocxIsRefusedSayingWhatItIs() throws IOException {
        Path file = TestFiles.zip(dir.resolve("photos.docx"), Map.of("a.txt", "hello"));

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessage("photos.docx: the name says .docx but the content is a ZIP archive (not a Word or"
                        + " OpenDocument file) — Quire cannot import it");
    }

    @Test
    void deeplyNestedRtfIsRefusedWithoutCrashing() throws IOException {
        Path file = TestFiles.write(dir.resolve("deep.rtf"), "{\\rtf1 " + "{".repeat(100_000) + "x" + "}".repeat(100_000) + "}");

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("deep.rtf: the file is damaged or incomplete (");
    }

    private static void assertNoSecretLeaks(Path file) {
        Throwable thrown = catchThrowable(() -> {
            ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);
            assertThat(imported.text()).doesNotContain(SECRET);
        });
        if (thrown instanceof AssertionError e) {
            throw e;
        }
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(ImportException.class);
            assertThat(thrown.getMessage()).doesNotContain(SECRET).startsWith(file.getFileName() + ": ");
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
