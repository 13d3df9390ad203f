package org.quire.service.exchange;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.exports.CodeBook;
import org.quire.exports.JsonExport;
import org.quire.model.FrameworkMatrix;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.model.ThemeMatrix;
import org.quire.service.Project;
import org.quire.service.TestProjects;
import org.quire.service.exchange.ExportOptions.Format;
import org.quire.service.exchange.ExportOptions.What;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportServiceTest {
    @TempDir
    Path dir;

    // Participants' words that a spreadsheet would run as formulas, and markup a browser would run.
    static final String TEXT = "=HYPERLINK(\"http://evil.example\",\"click\") said the volunteer.\n\n"
            + "-2 hours a week <script>alert('x')</script> & more\n\n"
            + "@everyone should know the kettle matters.\n";

    Theme power;
    Theme voice;
    Source source;

    Project setUp() throws Exception {
        Project p = TestProjects.create(dir);
        source = TestProjects.importText(p, dir, "in/minutes.txt", TEXT);
        Node formula = p.nodes().createPath("Voice/Formula", "Words that look like formulas", null);
        Node markup = p.nodes().createPath("Voice/Markup", "Text with <b>markup</b>", null);
        Node at = p.nodes().createPath("Kettle", null, null);
        int second = TEXT.indexOf("-2");
        int third = TEXT.indexOf("@every");
        p.codings().code(source.id(), formula.id(), new Span(0, TEXT.indexOf('\n')));
        p.codings().code(source.id(), markup.id(), new Span(second, TEXT.indexOf('\n', second)));
        p.codings().code(source.id(), at.id(), new Span(third, TEXT.length() - 1));
        power = p.themes().create("Power", "Who decides what counts", null, List.of(formula.id(), markup.id()));
        p.themes().setNarrative(power.id(), "First paragraph.\n\nSecond paragraph.");
        voice = p.themes().create("Everyday care", "Small things", null, List.of(at.id()));
        ThemeMatrix m = p.themeMatrices().matrix(power.id(), List.of());
        p.themeMatrices().setQuote(power.id(), m.rows().get(1).codingGuid(), true);
        p.themeMatrices().setNote(power.id(), m.rows().get(0).codingGuid(), "+1 strong");
        return p;
    }

    private static Path export(Project p, Format f, What w, Path out) {
        return p.exports().export(ExportOptions.of(f, w), out);
    }

    @Test
    void themeMatricesInXlsxHaveASheetPerThemeWithFrozenFilteredHeaderAndNeutralisedFormulas() throws Exception {
        try (Project p = setUp()) {
            Path out = export(p, Format.XLSX, What.THEMES, dir.resolve("themes.xlsx"));
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(3);
                assertThat(wb.getSheetName(0)).isEqualTo("Themes");
                XSSFSheet sheet = wb.getSheet("Power");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
                Row header = sheet.getRow(0);
                List<String> headers = Stream.iterate(0, i -> i < header.getLastCellNum(), i -> i + 1)
                        .map(i -> header.getCell(i).getStringCellValue()).toList();
                assertThat(headers).contains("Node", "Source", "Citation", "Extract", "Also supports",
                        "Analyst note", "Quote");
                // Power has no sub-themes: no empty column for them.
                assertThat(headers).doesNotContain("Sub-theme");
                int extract = headers.indexOf("Extract");
                Cell risky = sheet.getRow(1).getCell(extract);
                assertThat(risky.getCellType()).isEqualTo(CellType.STRING);
                assertThat(risky.getStringCellValue()).startsWith("=HYPERLINK");
                assertThat(risky.getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(risky.getCellStyle().getWrapText()).isTrue();
                Cell note = sheet.getRow(1).getCell(headers.indexOf("Analyst note"));
                assertThat(note.getStringCellValue()).isEqualTo("+1 strong");
                assertThat(note.getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(sheet.getRow(2).getCell(headers.indexOf("Quote")).getStringCellValue()).isEqualTo("yes");
                assertThat(sheet.getRow(1).getCell(headers.indexOf("Citation")).getStringCellValue())
                        .isEqualTo("minutes, ¶ 1");
                for (Row r : sheet) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void csvIsRfc4180WithFormulaCellsPrefixedAndReadsBack() throws Exception {
        try (Project p = setUp()) {
            Path out = export(p, Format.CSV, What.THEMES, dir.resolve("themes.csv"));
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF").contains("\r\n");
            List<CSVRecord> rows;
            try (Reader r = new java.io.StringReader(text.substring(1))) {
                rows = CSVFormat.RFC4180.builder().setHeader().build().parse(r).getRecords();
            }
            assertThat(rows).hasSize(3);
            // Themes by name: Everyday care, then Power.
            assertThat(rows.get(0).get("Theme")).isEqualTo("Everyday care");
            assertThat(rows.get(0).get("Extract")).startsWith("'@everyone");
            assertThat(rows.get(1).get("Theme")).isEqualTo("Power");
            assertThat(rows.get(1).get("Extract")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\") said the volunteer.");
            assertThat(rows.get(2).get("Extract")).startsWith("'-2 hours");
            assertThat(rows.get(1).get("Analyst note")).isEqualTo("'+1 strong");
        }
    }

    @Test
    void jsonOfThemeMatricesCodeBookAndFrameworkRoundTrips() throws Exception {
        try (Project p = setUp()) {
            List<ThemeMatrix> matrices = p.themeMatrices().matrices(List.of(), null);
            Path out = export(p, Format.JSON, What.THEMES, dir.resolve("themes.json"));
            assertThat(JsonExport.MAPPER.readValue(out.toFile(), new TypeReference<List<ThemeMatrix>>() { }))
                    .isEqualTo(matrices);
            Path book = export(p, Format.JSON, What.CODEBOOK, dir.resolve("codebook.json"));
            CodeBook read = JsonExport.MAPPER.readValue(book.toFile(), CodeBook.class);
            assertThat(read.nodes()).extracting(CodeBook.Entry::path)
                    .containsExactly("Kettle", "Voice", "Voice/Formula", "Voice/Markup");
            assertThat(read.nodes().get(2).references()).isEqualTo(1);
            assertThat(read.nodes().get(1).aggregateReferences()).isEqualTo(2);
            Path fw = export(p, Format.JSON, What.FRAMEWORK, dir.resolve("framework.json"));
            assertThat(JsonExport.MAPPER.readValue(fw.toFile(), FrameworkMatrix.class))
                    .isEqualTo(p.frameworks().framework("sources", "themes"));
        }
    }

    @Test
    void theReportHasDefinitionsNarrativesCodesAndChosenQuotationsWithCitations() throws Exception {
        try (Project p = setUp()) {
            Path out = export(p, Format.DOCX, What.REPORT, dir.resolve("report.docx"));
            try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
                String text = words.getText();
                assertThat(text).contains("Theme: Power", "Who decides what counts", "First paragraph.",
                        "Second paragraph.", "Voice/Formula", "Words that look like formulas",
                        "<script>alert('x')</script>", "— minutes, ¶ 2", "Theme: Everyday care");
                assertThat(doc.getParagraphs()).anySatisfy(para -> {
                    assertThat(para.getStyle()).isEqualTo("Heading1");
                    assertThat(para.getText()).isEqualTo("Theme: Power");
                });
                // Only the chosen extract is quoted.
                assertThat(text).doesNotContain("— minutes, ¶ 1");
            }
            Path book = export(p, Format.DOCX, What.CODEBOOK, dir.resolve("codebook.docx"));
            try (InputStream in = Files.newInputStream(book); XWPFDocument doc = new XWPFDocument(in)) {
                assertThat(doc.getTables()).singleElement().satisfies(t -> {
                    assertThat(t.getRows()).hasSize(5);
                    assertThat(t.getRow(3).getCell(1).getText()).isEqualTo("Words that look like formulas");
                });
            }
        }
    }

    @Test
    void theReportEndsWithTheChecklistAnsweredAndUnansweredBesideTheProjectsEvidence() throws Exception {
        try (Project p = setUp()) {
            p.checklist().answer(2, org.quire.model.ChecklistStatus.PARTLY, "Minutes coded twice, notes once");
            Path out = export(p, Format.DOCX, What.REPORT, dir.resolve("report.docx"));
            try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
                String text = words.getText();
                assertThat(text).contains("Checklist for a good thematic analysis", "Transcription", "Written report",
                        "2. Every data item has had the same care",
                        "Answer (partly, " + p.coder().name() + ", ", "Minutes coded twice, notes once",
                        "Not answered yet.");
                assertThat(text.indexOf("Checklist for a good")).isGreaterThan(text.indexOf("Theme: Everyday care"));
                for (int n = 1; n <= 15; n++) {
                    assertThat(text).contains("\n" + n + ". ");
                }
            }
        }
    }

    @Test
    void theReviewPageEscapesExtractsAndReachesForNothingOutside() throws Exception {
        try (Project p = setUp()) {
            Path out = export(p, Format.HTML, What.REPORT, dir.resolve("review.html"));
            String html = Files.readString(out);
            assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                    .contains("Text with &lt;b&gt;markup&lt;/b&gt;")
                    .doesNotContain("<script>alert").doesNotContain("<b>markup</b>")
                    .contains("Content-Security-Policy").contains("default-src 'none'");
            // The only URL is inside an escaped extract, never in an attribute.
            assertThat(html.replace("=HYPERLINK(&quot;http://evil.example&quot;", ""))
                    .doesNotContain("http:").doesNotContain("https:").doesNotContain(" src=")
                    .doesNotContain("<link").doesNotContain("@import");
            assertThat(html).contains("id=\"q\"", "id=\"theme\"", "data-quote=\"1\"");
            // No theme has sub-themes yet: no empty sub-theme column anywhere.
            assertThat(html).doesNotContain("<th>Sub-theme</th>");
            // Node paths and source names may wrap at their slashes, never inside a word.
            assertThat(html).contains("Voice/<wbr>Formula");

            Node kettle = p.nodes().find("Kettle");
            p.themes().create("Kettle talk", "", voice.id(), List.of(kettle.id()));
            String withSub = Files.readString(export(p, Format.HTML, What.REPORT, dir.resolve("review2.html")));
            assertThat(withSub).contains("<th>Sub-theme</th>");
        }
    }

    @Test
    void aBadOutputPathIsRefusedClearlyAndAFailedExportLeavesNoFileBehind() throws Exception {
        try (Project p = setUp()) {
            Path missing = dir.resolve("no/such/folder/out.xlsx");
            assertThatThrownBy(() -> export(p, Format.XLSX, What.CODEBOOK, missing))
                    .isInstanceOf(QuireException.class).hasMessageContaining("does not exist");
            assertThatThrownBy(() -> export(p, Format.XLSX, What.CODEBOOK, dir))
                    .isInstanceOf(QuireException.class).hasMessageContaining("it is a folder");
            Path existing = Files.writeString(dir.resolve("keep.csv"), "old");
            assertThatThrownBy(() -> p.exports().export(ExportOptions.of(Format.CSV, What.FRAMEWORK)
                    .axes("attr:Nope", "themes"), existing)).hasMessageContaining("No source attribute named 'Nope'");
            assertThat(Files.readString(existing)).isEqualTo("old");
            assertThatThrownBy(() -> export(p, Format.DOCX, What.WORDS, dir.resolve("w.docx")))
                    .hasMessageContaining("Cannot export the word frequencies as docx: choose xlsx, csv, json");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"))
                        .doesNotContain("w.docx");
            }
        }
    }

    @Test
    void matrixQueryFrameworkAndWordsExportToXlsx() throws Exception {
        try (Project p = setUp()) {
            Path m = p.exports().export(ExportOptions.of(Format.XLSX, What.MATRIX).axes("children:Voice",
                    "nodes:Kettle,Voice"), dir.resolve("matrix.xlsx"));
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(m))) {
                assertThat(wb.getSheetName(0)).isEqualTo("References");
                assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Voice/Formula");
                assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0);
            }
            Path f = export(p, Format.XLSX, What.FRAMEWORK, dir.resolve("framework.xlsx"));
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
                assertThat(wb.getSheet("Framework").getRow(1).getCell(0).getStringCellValue()).isEqualTo("minutes");
                assertThat(wb.getSheet("Framework extracts").getPhysicalNumberOfRows()).isEqualTo(4);
            }
            Path w = p.exports().export(ExportOptions.of(Format.XLSX, What.WORDS).top(5), dir.resolve("words.xlsx"));
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(w))) {
                assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Word");
                assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isBetween(2, 6);
            }
            assertThat(p.audit().recent(3)).extracting(e -> e.action()).containsOnly("project.export");
        }
    }
}
