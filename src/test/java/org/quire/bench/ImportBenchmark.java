package org.quire.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.analysis.SyntheticText;
import org.quire.imports.ImportLimits;
import org.quire.imports.ImportedText;
import org.quire.imports.Importers;
import org.quire.model.Words;
import org.quire.service.Project;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportOutcome;
import org.quire.service.sources.ImportProgress;

/**
 * Imports a folder of about 500 mixed documents (~1M words: text, Word, PDF, HTML) and reports
 * words per second next to the raw extraction speed of the same files. Run with
 * {@code mvn -Pbench test -Dtest=ImportBenchmark} (optionally {@code -Dbench.files=N}).
 */
@Tag("bench")
class ImportBenchmark {
    @TempDir
    Path dir;

    @Test
    void importAFolderOfMixedDocuments() throws Exception {
        int files = Integer.getInteger("bench.files", 500);
        Path folder = dir.resolve("corpus");
        long words = writeCorpus(folder, files);
        List<Path> paths;
        try (Stream<Path> s = Files.walk(folder)) {
            paths = s.filter(Files::isRegularFile).sorted().toList();
        }
        Importers importers = Importers.standard();
        // Warm-up: class loading and JIT for every format, on a tenth of the files.
        for (int i = 0; i < paths.size(); i += 10) {
            importers.read(paths.get(i), ImportLimits.DEFAULT);
        }
        long t0 = System.nanoTime();
        long extractedWords = 0;
        for (Path p : paths) {
            ImportedText t = importers.read(p, ImportLimits.DEFAULT);
            extractedWords += Words.starts(t.text()).length;
        }
        double rawSeconds = (System.nanoTime() - t0) / 1e9;

        long t1 = System.nanoTime();
        List<ImportOutcome> outcomes;
        try (Project project = Project.create(dir.resolve("Bench.quire"), "Bench", "Bench")) {
            outcomes = project.sources().importPaths(List.of(folder), ImportOptions.defaults(), ImportProgress.NONE,
                    () -> false);
        }
        double quireSeconds = (System.nanoTime() - t1) / 1e9;
        long imported = outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();

        String report = String.format(Locale.ROOT, """
                | import of %d mixed files (%d words written, %d extracted) | seconds | words/s |
                |---|---|---|
                | raw extraction (importers only) | %.2f | %,.0f |
                | Quire import (extract + store + originals + audit) | %.2f | %,.0f |
                | ratio Quire / raw | | %.2f |
                imported %d of %d files
                """, paths.size(), words, extractedWords, rawSeconds, extractedWords / rawSeconds, quireSeconds,
                extractedWords / quireSeconds, rawSeconds / quireSeconds, imported, paths.size());
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-import.md"), report);
        if (imported != paths.size()) {
            throw new AssertionError("not every file imported: " + outcomes.stream()
                    .filter(o -> o.status() != ImportOutcome.Status.IMPORTED).map(ImportOutcome::message).toList());
        }
    }

    /** Writes {@code files} documents: 60% text notes, 20% Word, 10% PDF reports, 10% HTML pages. */
    static long writeCorpus(Path folder, int files) throws Exception {
        SyntheticText gen = new SyntheticText(7, 20_000);
        long words = 0;
        Files.createDirectories(folder);
        for (int i = 0; i < files; i++) {
            int kind = i % 10;
            int size = kind < 6 ? 500 + gen.random().nextInt(1500) : kind < 8 ? 2500 : kind < 9 ? 3500 : 1500;
            List<String> paras = gen.paragraphs(size);
            words += paras.stream().mapToLong(p -> p.split(" ").length).sum();
            String name = String.format(Locale.ROOT, "doc-%04d", i);
            if (kind < 6) {
                Files.writeString(folder.resolve(name + ".txt"), String.join("\n\n", paras));
            } else if (kind < 8) {
                try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(folder.resolve(name + ".docx"))) {
                    for (String p : paras) {
                        doc.createParagraph().createRun().setText(p);
                    }
                    doc.write(out);
                }
            } else if (kind < 9) {
                writePdf(folder.resolve(name + ".pdf"), paras);
            } else {
                StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                        .append(name).append("</title></head><body>");
                for (String p : paras) {
                    b.append("<p>").append(p).append("</p>\n");
                }
                Files.writeString(folder.resolve(name + ".html"), b.append("</body></html>").toString());
            }
        }
        return words;
    }

    private static void writePdf(Path file, List<String> paragraphs) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = new ArrayList<>();
            for (String p : paragraphs) {
                StringBuilder line = new StringBuilder();
                for (String w : p.split(" ")) {
                    if (line.length() + w.length() > 95) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(line.isEmpty() ? "" : " ").append(w);
                }
                lines.add(line.toString());
                lines.add("");
            }
            for (int start = 0; start < lines.size(); start += 50) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 740;
                    for (String l : lines.subList(start, Math.min(lines.size(), start + 50))) {
                        if (!l.isEmpty()) {
                            cs.beginText();
                            cs.setFont(font, 10);
                            cs.newLineAtOffset(50, y);
                            cs.showText(l);
                            cs.endText();
                        }
                        y -= 14;
                    }
                }
            }
            doc.save(file.toFile());
        }
    }
}
