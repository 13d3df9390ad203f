package org.quire.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.service.Project;
import org.quire.service.SampleProject;
import org.quire.service.exchange.ExportOptions.Format;
import org.quire.service.exchange.ExportOptions.What;
import org.quire.service.exchange.ExportOptions;

/**
 * The exports of the sample project as a supervisor meets them: the Word report and code book,
 * the theme matrix and framework workbooks, the review page. The structure is checked everywhere;
 * where LibreOffice is installed, each file is also printed to PDF and its pages rendered to PNG in
 * {@code target/rendered-exports/} for a person to look at, and the printed text is checked.
 */
class SupervisorExportsTest {
    @TempDir
    static Path dir;

    private static Project project;
    private static Path report;
    private static Path codeBook;
    private static Path themes;
    private static Path framework;
    private static Path codeBookSheet;
    private static Path review;

    @BeforeAll
    static void exportTheSample() throws Exception {
        project = SampleProject.build(SampleProject.findManifest(Path.of("")), dir.resolve("Sample.quire"));
        report = export(Format.DOCX, What.REPORT, "report.docx");
        codeBook = export(Format.DOCX, What.CODEBOOK, "codebook.docx");
        themes = export(Format.XLSX, What.THEMES, "themes.xlsx");
        framework = export(Format.XLSX, What.FRAMEWORK, "framework.xlsx");
        codeBookSheet = export(Format.XLSX, What.CODEBOOK, "codebook-sheet.xlsx");
        review = export(Format.HTML, What.REPORT, "review.html");
    }

    @AfterAll
    static void close() {
        project.close();
    }

    private static Path export(Format format, What what, String name) {
        return project.exports().export(ExportOptions.of(format, what), dir.resolve(name));
    }

    @Test
    void theReportHoldsQuotationsATableOfContentsAndPageNumbersInTheFooter() throws Exception {
        try (XWPFDocument doc = open(report); XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String body = doc.getDocument().xmlText();
            assertThat(body).containsPattern("<w:instrText[^>]*> TOC \\\\o \"1-2\" \\\\h \\\\z \\\\u </w:instrText>")
                    .contains("w:fldCharType=\"begin\"", "w:fldCharType=\"end\"");
            assertThat(doc.isEnforcedUpdateFields()).as("Word updates the contents on opening").isTrue();
            String footer = doc.getFooterList().get(0)._getHdrFtr().xmlText();
            assertThat(footer).contains("> PAGE </w:instrText>", "> NUMPAGES </w:instrText>");
            assertThat(doc.getHeaderList().get(0).getText()).contains(project.title(), "exported");

            List<XWPFParagraph> quotes = doc.getParagraphs().stream().filter(p -> "Quote".equals(p.getStyle()))
                    .toList();
            assertThat(quotes).hasSizeGreaterThanOrEqualTo(6);
            String text = words.getText();
            assertThat(text).contains("— Interviews/Interview - Ruth Alderney, ¶", "Analyst's note: ");
            // The candidate theme has no quotation chosen, and the report says so under it.
            int candidate = text.lastIndexOf("Theme: Good neighbours with a map\n");
            assertThat(candidate).isPositive();
            assertThat(text.indexOf("No quotations chosen yet: choose them in the theme matrix.", candidate))
                    .isBetween(candidate, text.indexOf("Theme: Standing in the doorway\n", candidate));
            assertThat(text).contains("Why discarded: Not distinct from", "Takes in: ", "Leaves out: ");
            // Narratives are rendered, not shown as their markup; no run switches its style's bold or
            // italic off (a narrative's headings stay bold, its quotations italic).
            assertThat(text).contains("Numbers travel, stories don't: why", "A vision with a cost")
                    .doesNotContain("**", "\n> ");
            assertThat(body).doesNotContain("<w:b w:val=\"off\"/>", "<w:i w:val=\"off\"/>");
        }
    }

    @Test
    void noHeaderCellOfAWordTableBreaksInsideAWordAtTheWidthsChosen() throws Exception {
        for (Path file : List.of(report, codeBook)) {
            try (XWPFDocument doc = open(file)) {
                double points = tableTextPoints(doc);
                assertThat(doc.getTables()).isNotEmpty();
                for (XWPFTable table : doc.getTables()) {
                    int[] widths = table.getCTTbl().getTblGrid().getGridColList().stream()
                            .mapToInt(g -> ((BigInteger) g.getW()).intValue()).toArray();
                    var cellMargins = table.getCTTbl().getTblPr().getTblCellMar();
                    int margins = ((BigInteger) cellMargins.getLeft().getW()).intValue()
                            + ((BigInteger) cellMargins.getRight().getW()).intValue();
                    assertThat(java.util.Arrays.stream(widths).sum()).isLessThanOrEqualTo(DocxPage.TEXT_WIDTH);
                    List<XWPFTableCell> header = table.getRow(0).getTableCells();
                    for (int c = 0; c < header.size(); c++) {
                        for (String word : header.get(c).getText().split("\\s+")) {
                            double twips = helvetica(word, true, points) * 20;
                            assertThat(twips + margins).as("'%s' in %s, %d twips wide", word, file.getFileName(),
                                    widths[c]).isLessThanOrEqualTo(widths[c]);
                        }
                    }
                }
            }
        }
        // The short values of the table of themes do not break either ("candidate", "discarded", counts).
        try (XWPFDocument doc = open(report)) {
            XWPFTable overview = doc.getTables().get(0);
            int width = ((BigInteger) overview.getCTTbl().getTblGrid().getGridColArray(1).getW()).intValue();
            for (int r = 1; r < overview.getNumberOfRows(); r++) {
                String status = overview.getRow(r).getCell(1).getText();
                assertThat(helvetica(status, false, tableTextPoints(doc)) * 20 + 2 * DocxTable.CELL_MARGIN)
                        .as(status).isLessThanOrEqualTo(width);
            }
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRowRepeatedFrozenAndFiltered() throws Exception {
        for (Path file : List.of(themes, framework, codeBookSheet)) {
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Set<String> names = new HashSet<>();
                for (Sheet s : wb) {
                    XSSFSheet sheet = (XSSFSheet) s;
                    String what = file.getFileName() + " / " + sheet.getSheetName();
                    assertThat(sheet.getSheetName()).as(what).hasSizeLessThanOrEqualTo(31);
                    assertThat(names.add(sheet.getSheetName().toLowerCase(java.util.Locale.ROOT))).as(what).isTrue();
                    PrintSetup print = sheet.getPrintSetup();
                    assertThat(print.getLandscape()).as(what).isTrue();
                    assertThat(print.getPaperSize()).as(what).isEqualTo(PrintSetup.A4_PAPERSIZE);
                    assertThat(sheet.getFitToPage()).as(what).isTrue();
                    assertThat(print.getFitWidth()).as(what).isEqualTo((short) 1);
                    assertThat(print.getFitHeight()).as(what).isZero();
                    // Read from the print titles' defined name: POI cannot parse a sheet name with a comma back.
                    int index = wb.getSheetIndex(sheet);
                    assertThat(wb.getAllNames()).as(what).anySatisfy(n -> {
                        assertThat(n.getNameName()).isEqualTo("_xlnm.Print_Titles");
                        assertThat(n.getSheetIndex()).isEqualTo(index);
                        assertThat(n.getRefersToFormula()).endsWith("!$1:$1");
                    });
                    assertThat(sheet.getPaneInformation().isFreezePane()).as(what).isTrue();
                    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(what).isEqualTo((short) 1);
                    assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as(what).isEqualTo((short) 1);
                    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(what).startsWith("A1:");
                    assertThat(sheet.getFooter().getCenter()).as(what).contains("&P");
                }
            }
        }
    }

    @Test
    void theReviewPageShowsNarrativesReasonsAndScopeAsTheReportDoes() throws Exception {
        String html = Files.readString(review);
        assertThat(html).contains("<dt>Why discarded</dt>", "<dt>Takes in</dt>", "<dt>Leaves out</dt>",
                "<blockquote>", "<strong>travel</strong>", "<li>", "data-quote=\"1\"");
        assertThat(html).doesNotContain("**");
    }

    /**
     * Prints every export to PDF with LibreOffice (skipped where it is not installed), renders each
     * page to PNG for a person to look at, and reads the printed text back.
     */
    @Test
    void theExportsPrintedByLibreOfficeReadWell() throws Exception {
        Path soffice = soffice();
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; skipping the rendering");
        Path out = Files.createDirectories(Path.of("target", "rendered-exports"));
        List<Path> files = List.of(report, codeBook, themes, framework, codeBookSheet);
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--convert-to", "pdf", "--outdir",
                out.toAbsolutePath().toString(), report.toString(), codeBook.toString(), themes.toString(),
                framework.toString(), codeBookSheet.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        for (Path f : files) {
            Path pdf = out.resolve(f.getFileName().toString().replaceAll("\\.\\w+$", ".pdf"));
            assertThat(pdf).as("LibreOffice printed " + f.getFileName()).exists();
            render(pdf, out);
        }

        String printed = text(out.resolve("report.pdf"));
        assertThat(printed).contains("Page 1 of ", "Contents", "Table of themes", "Extracts", "candidate",
                "No quotations chosen yet");
        // No header of the table of themes is split across lines.
        assertThat(printed).containsPattern("Theme\\s+Status\\s+Definition\\s+Extracts");
        assertThat(text(out.resolve("codebook.pdf"))).containsPattern("Code\\s+Description\\s+References\\s+Sources");

        // A printed theme matrix is readable: its text (Calibri 11 on screen) is printed at 8 points or
        // more, not shrunk to fit.
        try (PDDocument pdf = Loader.loadPDF(out.resolve("themes.pdf").toFile())) {
            List<Float> sizes = new ArrayList<>();
            PDFTextStripper sizesOf = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) throws IOException {
                    // The size the glyphs are printed at, after any shrinking to fit the page.
                    positions.forEach(t -> sizes.add(t.getYScale()));
                    super.writeString(s, positions);
                }
            };
            sizesOf.setStartPage(2);
            sizesOf.setEndPage(2);
            sizesOf.getText(pdf);
            sizes.sort(Float::compare);
            assertThat(sizes).isNotEmpty();
            assertThat(sizes.get(sizes.size() / 2)).as("median printed size of a theme matrix, points")
                    .isGreaterThanOrEqualTo(8f);
        }
    }

    private static void render(Path pdf, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            String base = pdf.getFileName().toString().replace(".pdf", "");
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 60);
                ImageIO.write(image, "png", out.resolve(base + "-" + (i + 1) + ".png").toFile());
            }
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static Path soffice() {
        List<Path> candidates = new ArrayList<>();
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!d.isBlank()) {
                candidates.add(Path.of(d, "soffice"));
            }
        }
        candidates.add(Path.of("/usr/bin/soffice"));
        candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    private static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    // The size tables are set in, read from the document's own TableText style.
    private static double tableTextPoints(XWPFDocument doc) {
        var rPr = doc.getStyles().getStyle("TableText").getCTStyle().getRPr();
        return ((BigInteger) rPr.getSzArray(0).getVal()).doubleValue() / 2;
    }

    // Arial's widths are Helvetica's: measured here straight from the font metrics PDFBox ships.
    private static double helvetica(String text, boolean bold, double points) throws IOException {
        PDType1Font font = new PDType1Font(bold ? Standard14Fonts.FontName.HELVETICA_BOLD
                : Standard14Fonts.FontName.HELVETICA);
        return font.getStringWidth(text) / 1000 * points;
    }
}
