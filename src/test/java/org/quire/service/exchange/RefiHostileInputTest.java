package org.quire.service.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.QuireException;
import org.quire.service.Project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad or hostile QDPX files give a clear error and leave no project folder behind. */
class RefiHostileInputTest {
    private static final String NS = "urn:QDA-XML:project:1.0";
    private static final String VALID = RefiFixtures.project(NS, "Test", """
            <CodeBook><Codes><Code guid="10000000-0000-4000-8000-000000000001" name="A" isCodable="true"/></Codes></CodeBook>
            <Sources><TextSource guid="60000000-0000-4000-8000-000000000001" name="T" plainTextPath="internal://60000000-0000-4000-8000-000000000001.txt"/></Sources>
            """);

    @TempDir
    Path dir;

    private void assertRefused(Path file, String... messageParts) {
        Path target = dir.resolve("New.quire");
        assertThatThrownBy(() -> Project.importQdpx(file, target, "Tester", RefiService.Progress.NONE))
                .isInstanceOf(QuireException.class)
                .hasMessageContaining(file.getFileName().toString())
                .hasMessageContainingAll(messageParts);
        assertThat(target).doesNotExist();
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.qdpx"), "just some words, not an archive");
        assertRefused(file, "is a ZIP archive, this one is not");
    }

    @Test
    void aTruncatedArchiveIsRefused() throws Exception {
        Path whole = new RefiFixtures().add("project.qde", VALID)
                .add("sources/60000000-0000-4000-8000-000000000001.txt", "x".repeat(5000)).write(dir.resolve("whole.qdpx"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.qdpx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(cut, "damaged or incomplete");
    }

    @Test
    void anArchiveWithoutAProjectFileIsRefused() throws Exception {
        Path file = new RefiFixtures().add("readme.txt", "hello").write(dir.resolve("empty.qdpx"));
        assertRefused(file, "no .qde project file");
    }

    @Test
    void aProjectFileWithAnExternalEntityIsRefusedWithoutReadingTheEntity() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Project xmlns=\"" + NS + "\" name=\"&x;\"/>";
        Path file = new RefiFixtures().add("project.qde", xxe).write(dir.resolve("xxe.qdpx"));
        assertRefused(file, "DOCTYPE");
    }

    @Test
    void aZipBombInTheProjectFileIsRefused() throws Exception {
        byte[] padding = new byte[50 * 1024 * 1024];
        Arrays.fill(padding, (byte) ' ');
        byte[] head = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] bomb = Arrays.copyOf(head, head.length + padding.length);
        System.arraycopy(padding, 0, bomb, head.length, padding.length);
        Path file = new RefiFixtures().add("project.qde", bomb).write(dir.resolve("bomb.qdpx"));
        assertRefused(file, "expands to far more data");
    }

    @Test
    void aZipBombInASourceFileStopsTheImportAndRemovesTheHalfMadeProject() throws Exception {
        byte[] zeros = new byte[50 * 1024 * 1024];
        Path file = new RefiFixtures().add("project.qde", VALID)
                .add("sources/60000000-0000-4000-8000-000000000001.txt", zeros).write(dir.resolve("source-bomb.qdpx"));
        assertRefused(file, "expands to far more data");
    }

    @Test
    void anEncryptedArchiveIsRefusedAsEncrypted() throws Exception {
        Path plain = new RefiFixtures().add("project.qde", VALID).write(dir.resolve("plain.qdpx"));
        byte[] bytes = Files.readAllBytes(plain);
        // Set the "encrypted" flag (bit 0 of the general purpose flags) in the local and central headers.
        for (int i = 0; i + 8 < bytes.length; i++) {
            boolean local = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4;
            boolean central = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2;
            if (local) {
                bytes[i + 6] |= 1;
            } else if (central) {
                bytes[i + 8] |= 1;
            }
        }
        Path file = Files.write(dir.resolve("locked.qdpx"), bytes);
        assertRefused(file, "encrypted");
    }

    @Test
    void aNonEmptyTargetFolderIsRefusedBeforeTheFileIsRead() throws Exception {
        Path target = Files.createDirectories(dir.resolve("Busy.quire"));
        Files.writeString(target.resolve("keep.txt"), "mine");
        Path file = new RefiFixtures().add("project.qde", VALID).write(dir.resolve("ok.qdpx"));
        assertThatThrownBy(() -> Project.importQdpx(file, target, "Tester", RefiService.Progress.NONE))
                .isInstanceOf(QuireException.class).hasMessageContaining("not empty");
        assertThat(target.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void twoProjectFilesInOneArchiveAreRefusedNamingBoth() throws Exception {
        Path file = RefiFixtures.qdpx("two-projects", dir.resolve("two.qdpx"));
        assertRefused(file, "holds 2 project files", "Copy of project.qde", "project.qde", "refused");
    }

    @Test
    void aCodeTreeDeeperThanTheLimitIsRefusedSayingHowDeep() throws Exception {
        Path file = RefiFixtures.qdpx("deep-codes", dir.resolve("deep.qdpx"));
        assertRefused(file, "its code tree is 150 levels deep; Quire reads code trees up to 100 levels deep");
    }

    @Test
    void elementsNestedBeyondWhatTheParserBuildsAreRefusedNamingTheLimitNotAsBadXml() throws Exception {
        int depth = 2_500;
        String xml = "<Project xmlns=\"" + NS + "\" name=\"Deeper\"><CodeBook><Codes>"
                + "<Code guid=\"de000000-0000-4000-8000-000000000001\" name=\"L\" isCodable=\"true\">".repeat(depth)
                + "</Code>".repeat(depth) + "</Codes></CodeBook></Project>";
        Path file = new RefiFixtures().add("project.qde", xml).write(dir.resolve("deeper.qdpx"));
        Path target = dir.resolve("New.quire");
        assertThatThrownBy(() -> Project.importQdpx(file, target, "Tester", RefiService.Progress.NONE))
                .isInstanceOf(QuireException.class)
                .hasMessageContaining("deeper.qdpx: its elements are nested more than 2,000 levels deep")
                .hasMessageNotContaining("well-formed");
        assertThat(target).doesNotExist();
    }

    @Test
    void aProjectFileLargerThanTheLimitIsRefusedBeforeParsingNamingTheLimit() throws Exception {
        String padding = "<Code guid=\"c0de0000-0000-4000-8000-000000000001\" name=\"A\" isCodable=\"true\"/>";
        String xml = RefiFixtures.project(NS, "Test", "<CodeBook><Codes>" + padding.repeat(40_000)
                + "</Codes></CodeBook>");
        Path file = new RefiFixtures().add("project.qde", xml).write(dir.resolve("large.qdpx"));
        Path target = dir.resolve("New.quire");
        assertThatThrownBy(() -> Project.importQdpx(file, target, "Tester",
                QdpxImportOptions.defaults().withMaxProjectFileMb(1), RefiService.Progress.NONE))
                .isInstanceOf(QuireException.class)
                .hasMessageContaining("large.qdpx: the project file project.qde is 3 MB, larger than the limit of 1 MB")
                .hasMessageContaining("--max-project-file");
        assertThat(target).doesNotExist();
    }

    @Test
    void anArchiveWhoseEntriesSayTheyExpandPastTheLimitIsRefusedBeforeParsing() throws Exception {
        RefiFixtures f = new RefiFixtures().add("project.qde", VALID);
        for (int i = 0; i < 3; i++) {
            f.add("sources/big" + i + ".pdf", "small".getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(f.write(dir.resolve("plain.qdpx")));
        // Each central directory header of a source says it inflates to 3.75 GB.
        for (int i = 0; i + 28 < bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2
                    && new String(bytes, i + 46, 8, StandardCharsets.ISO_8859_1).equals("sources/")) {
                bytes[i + 24] = 0;
                bytes[i + 25] = 0;
                bytes[i + 26] = 0;
                bytes[i + 27] = (byte) 0xF0;
            }
        }
        Path file = Files.write(dir.resolve("claims.qdpx"), bytes);
        assertRefused(file, "its entries expand to 11,521 MB, more than the 8,192 MB Quire reads from one archive");
    }

    @Test
    void entryNamesWithDotDotNeverNameAFileTheImportWrites() throws Exception {
        String xml = RefiFixtures.project(NS, "Test", """
                <Sources>
                 <TextSource guid="60000000-0000-4000-8000-000000000001" name="T"
                   plainTextPath="internal://60000000-0000-4000-8000-000000000001.txt"
                   richTextPath="internal://notes.docx/../../../../escaped.docx"/>
                 <TextSource guid="60000000-0000-4000-8000-000000000002" name="U"
                   richTextPath="internal://notes.odt/../../../../escaped"/>
                 <PDFSource guid="60000000-0000-4000-8000-000000000003" name="V" path="internal://v.pdf/../../../../escaped">
                  <Representation guid="60000000-0000-4000-8000-000000000004" plainTextPath="internal://v.txt"/>
                 </PDFSource>
                </Sources>""");
        Path file = new RefiFixtures().add("project.qde", xml)
                .add("sources/60000000-0000-4000-8000-000000000001.txt", "Plain text.")
                .add("sources/notes.docx/../../../../escaped.docx", "not a word file")
                .add("sources/notes.odt/../../../../escaped", "not an odt file")
                .add("sources/v.pdf/../../../../escaped", "not a pdf file")
                .add("sources/v.txt", "The PDF's text.")
                .write(dir.resolve("in/slip.qdpx"));
        try (Project p = Project.importQdpx(file, dir.resolve("out/Slip.quire"), "Tester",
                RefiService.Progress.NONE).project()) {
            assertThat(p.sources().list()).extracting(org.quire.model.Source::name).containsExactly("T", "V");
            try (var walk = Files.walk(dir)) {
                assertThat(walk.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()))
                        .allMatch(f -> f.equals("in/slip.qdpx") || f.startsWith("out/Slip.quire/"))
                        .noneMatch(f -> f.contains("escaped"));
            }
            assertThat(p.sources().originalFile(p.sources().find("T")).getFileName().toString())
                    .isEqualTo("60000000-0000-4000-8000-000000000001.docx");
            assertThat(p.sources().originalFile(p.sources().find("V")).getFileName().toString())
                    .isEqualTo("60000000-0000-4000-8000-000000000003.pdf");
        }
    }
}
