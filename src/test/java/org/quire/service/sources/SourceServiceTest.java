package org.quire.service.sources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.imports.ImportLimits;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.TestProjects;
import org.quire.service.search.SearchOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceServiceTest {
    @TempDir
    Path dir;

    private Path folderOfFiles() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("Interviews/Round 1"));
        Files.writeString(data.resolve("day1.txt"), "Arrived at nine.\r\n\r\nMet Ruth.", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("copy of day1.txt"), "Arrived at nine.\r\n\r\nMet Ruth.", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("Interviews/Round 1/ruth.md"), "# Ruth\n\nINTERVIEWER: Hello", StandardCharsets.UTF_8);
        Files.write(data.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Files.write(data.resolve("empty.txt"), new byte[0]);
        Files.writeString(data.resolve("budget.xyz"), "1,2,3");
        Files.write(data.resolve("scan.txt"), new byte[] {'a', 'b', 0, 0, 1, 2, 3, 'c'});
        Files.writeString(data.resolve(".DS_Store"), "junk");
        return data;
    }

    @Test
    void sourcesAreNamedAfterTheirFilesNotTheTemplateTitleInsideThem(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("2017-09-14 Steering group", "2017-09-21 Drop-in")) {
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
                doc.getProperties().getCoreProperties().setTitle("Field note template");
                doc.createParagraph().createRun().setText("Notes of " + name + ".");
                Path file = dir.resolve(name + ".docx");
                try (var out = Files.newOutputStream(file)) {
                    doc.write(out);
                }
                files.add(file);
            }
        }
        try (Project p = TestProjects.create(dir.resolve("P.quire"))) {
            p.sources().importPaths(files, ImportOptions.defaults(), ImportProgress.NONE, () -> false);
            assertThat(p.sources().list()).extracting(Source::name)
                    .containsExactlyInAnyOrder("2017-09-14 Steering group", "2017-09-21 Drop-in");
        }
    }

    @Test
    void aFolderImportReportsEveryFileAndOneBadFileNeverStopsTheBatch() throws Exception {
        Path data = folderOfFiles();
        try (Project p = TestProjects.create(dir)) {
            List<String> progress = new ArrayList<>();
            List<ImportOutcome> outcomes = p.sources().importPaths(List.of(data),
                    new ImportOptions("Fieldwork", Map.of("data type", "field note"), ImportLimits.DEFAULT),
                    (done, total, o) -> progress.add(done + "/" + total), () -> false);

            assertThat(outcomes).extracting(o -> o.file().getFileName().toString() + " " + o.status()).containsExactly(
                    "Interviews/Round 1/ruth.md".substring("Interviews/Round 1/".length()) + " IMPORTED",
                    "budget.xyz FAILED", "copy of day1.txt IMPORTED", "day1.txt DUPLICATE", "empty.txt FAILED",
                    "photo.txt FAILED", "scan.txt FAILED");
            assertThat(progress).containsExactly("1/7", "2/7", "3/7", "4/7", "5/7", "6/7", "7/7");
            assertThat(message(outcomes, "photo.txt")).isEqualTo("photo.txt: the name says .txt but the content is a PNG image — Quire cannot import it");
            assertThat(message(outcomes, "scan.txt")).isEqualTo("scan.txt: this is binary data, not text — is it the right file?");
            assertThat(message(outcomes, "empty.txt")).isEqualTo("empty.txt: the file is empty");
            assertThat(message(outcomes, "budget.xyz")).startsWith("budget.xyz: unsupported file type '.xyz'");
            assertThat(message(outcomes, "day1.txt")).isEqualTo("already imported as 'Fieldwork/copy of day1' (same content)");

            assertThat(p.sources().list()).extracting(Source::path)
                    .containsExactly("Fieldwork/copy of day1", "Fieldwork/Interviews/Round 1/ruth");
            Source day1 = p.sources().find("copy of day1");
            assertThat(p.sources().text(day1.id()).text()).isEqualTo("Arrived at nine.\n\nMet Ruth.");
            assertThat(p.sources().text(day1.id()).paragraphs()).containsExactly(new Span(0, 16), new Span(18, 27));
            assertThat(day1.encoding()).isEqualTo("UTF-8");
            assertThat(day1.wordCount()).isEqualTo(5);
            assertThat(p.attributes().sourceValues(day1)).containsEntry("data type", "field note");
            assertThat(p.sources().originalFile(day1)).hasSameBinaryContentAs(data.resolve("copy of day1.txt"));
            try (Stream<Path> originals = Files.list(p.folder().resolve("originals"))) {
                assertThat(originals).hasSize(2);
            }
        }
    }

    @Test
    void cancellingAnImportStopsBeforeTheNextFile() throws Exception {
        Path data = folderOfFiles();
        try (Project p = TestProjects.create(dir)) {
            // Cancelled once the first file has been read: it is still stored and reported, no other is.
            AtomicInteger polls = new AtomicInteger();
            List<String> reported = new java.util.ArrayList<>();
            List<ImportOutcome> outcomes = p.sources().importPaths(List.of(data), ImportOptions.defaults(),
                    (n, total, o) -> reported.add(n + " " + o.status()), () -> polls.incrementAndGet() > 1);
            assertThat(reported).first().isEqualTo("1 IMPORTED");
            assertThat(outcomes).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.IMPORTED,
                    ImportOutcome.Status.CANCELLED, ImportOutcome.Status.CANCELLED, ImportOutcome.Status.CANCELLED,
                    ImportOutcome.Status.CANCELLED, ImportOutcome.Status.CANCELLED, ImportOutcome.Status.CANCELLED);
            assertThat(p.sources().list()).hasSize(1);
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndLeavesNothingBehind() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "word ".repeat(1000));
        try (Project p = TestProjects.create(dir)) {
            long auditBefore = p.audit().recent(100).size();
            ImportOutcome o = p.sources().importOne(big, new ImportOptions("", Map.of(), new ImportLimits(1000, 1_000_000)));
            assertThat(o.status()).isEqualTo(ImportOutcome.Status.FAILED);
            assertThat(o.message()).isEqualTo("big.txt: the file is 4.9 KB, over the import limit of 1.0 KB");
            assertThat(p.sources().list()).isEmpty();
            assertThat(p.audit().recent(100)).hasSize((int) auditBefore);
            try (Stream<Path> originals = Files.list(p.folder().resolve("originals"))) {
                assertThat(originals).isEmpty();
            }
        }
    }

    @Test
    void aBadAttributeValueFailsTheFileAndLeavesTheProjectUnchanged() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "Some notes.");
        try (Project p = TestProjects.create(dir)) {
            p.attributes().define(org.quire.model.AttributeScope.SOURCE, "date", org.quire.model.AttributeType.DATE, List.of());
            ImportOutcome o = p.sources().importOne(file, new ImportOptions("", Map.of("date", "last Tuesday"),
                    ImportLimits.DEFAULT));
            assertThat(o.status()).isEqualTo(ImportOutcome.Status.FAILED);
            assertThat(o.message()).contains("'last Tuesday'").contains("is not a date");
            assertThat(p.sources().list()).isEmpty();
            try (Stream<Path> originals = Files.list(p.folder().resolve("originals"))) {
                assertThat(originals).isEmpty();
            }
        }
    }

    @Test
    void sameNamedFilesInOneFolderGetDistinctNames() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "a/notes.txt", "First notes.");
            TestProjects.importText(p, dir, "b/notes.txt", "Second notes.");
            assertThat(p.sources().list()).extracting(Source::name).containsExactly("notes", "notes (2)");
        }
    }

    @Test
    void sourcesAreFoundByNameOrFolderAndNameAndAmbiguityIsExplained() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path a = dir.resolve("x/notes.txt");
            Path b = dir.resolve("y/notes.txt");
            Files.createDirectories(a.getParent());
            Files.createDirectories(b.getParent());
            Files.writeString(a, "One.");
            Files.writeString(b, "Two.");
            p.sources().importOne(a, ImportOptions.defaults().withFolder("Week 1"));
            p.sources().importOne(b, ImportOptions.defaults().withFolder("Week 2"));
            assertThat(p.sources().find("Week 2/notes").folder()).isEqualTo("Week 2");
            assertThatThrownBy(() -> p.sources().find("notes")).isInstanceOf(QuireException.class)
                    .hasMessage("2 sources are named 'notes'; give the folder too, e.g. 'Week 1/notes'");
            assertThatThrownBy(() -> p.sources().find("diary")).hasMessage("No source named 'diary' in this project");
        }
    }

    @Test
    void renamingAndDeletingASourceIsAuditedAndDeletionRemovesItsCodings() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "notes.txt", "Some notes to code.");
            var n = p.nodes().create(null, "Notes", "", null);
            p.codings().code(s.id(), n.id(), new Span(0, 4));
            p.sources().rename(s.id(), "Day one");
            p.sources().delete(s.id());
            assertThat(p.sources().list()).isEmpty();
            assertThat(p.codings().byNode(n.id(), false)).isEmpty();
            assertThat(p.audit().forGuid(s.guid())).extracting(e -> e.action())
                    .containsExactly("source.delete", "source.rename", "coding.add", "source.import");
        }
    }

    @Test
    void dataTypeCanComeFromTheFolderNameAndDateFromTheFileUnlessTyped() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("Interviews"));
        Path file = data.resolve("Interviews/ruth.txt");
        Files.writeString(file, "INTERVIEWER: Hello.");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2017-09-14T12:00:00Z")));
        Path other = data.resolve("Interviews/sam.txt");
        Files.writeString(other, "INTERVIEWER: Hi.");
        try (Project p = TestProjects.create(dir)) {
            p.sources().importOne(file, new ImportOptions("", Map.of(), ImportLimits.DEFAULT, true, true));
            p.sources().importOne(other, new ImportOptions("", Map.of("Data type", "focus group"), ImportLimits.DEFAULT,
                    true, false));
            Source ruth = p.sources().find("ruth");
            assertThat(p.attributes().sourceValues(ruth)).containsEntry("data type", "Interviews")
                    .containsEntry("date", "2017-09-14");
            assertThat(ruth.fileModifiedAt()).isEqualTo(java.time.Instant.parse("2017-09-14T12:00:00Z"));
            assertThat(p.attributes().sourceValues(p.sources().find("sam"))).containsOnly(Map.entry("data type", "focus group"));
        }
    }

    @Test
    void aFileRefusedWhileStoringFailsAloneAndTheRestOfItsBatchIsImported() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("interview"));
        Files.createDirectories(data.resolve("diary"));
        Files.writeString(data.resolve("interview/ana.txt"), "INTERVIEWER: Hello Ana.");
        Files.writeString(data.resolve("diary/monday.txt"), "Rain all day.");
        Files.writeString(data.resolve("interview/ben.txt"), "INTERVIEWER: Hello Ben.");
        try (Project p = TestProjects.create(dir)) {
            p.attributes().define(org.quire.model.AttributeScope.SOURCE, "data type",
                    org.quire.model.AttributeType.CHOICE, List.of("interview"));
            List<ImportOutcome> outcomes = p.sources().importPaths(List.of(data),
                    new ImportOptions("", Map.of(), ImportLimits.DEFAULT, true, false), ImportProgress.NONE, () -> false);

            assertThat(outcomes).extracting(o -> o.file().getFileName() + " " + o.status())
                    .containsExactly("monday.txt FAILED", "ana.txt IMPORTED", "ben.txt IMPORTED");
            assertThat(message(outcomes, "monday.txt")).contains("'diary'");
            assertThat(p.sources().list()).extracting(Source::name).containsExactlyInAnyOrder("ana", "ben");
            try (Stream<Path> originals = Files.list(p.folder().resolve("originals"))) {
                assertThat(originals).hasSize(2);
            }
            assertThat(p.search().search("Ben", SearchOptions.defaults()).totalHits()).isEqualTo(1);
        }
    }

    private static String message(List<ImportOutcome> outcomes, String file) {
        return outcomes.stream().filter(o -> o.file().getFileName().toString().equals(file)).findFirst()
                .orElseThrow().message();
    }
}
