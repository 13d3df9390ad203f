package org.quire.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.QuireException;
import org.quire.model.ReviewAnchor;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;

/**
 * The Word report and the Excel theme matrix, commented as a supervisor comments them (Word's own
 * comments; the "Reviewer comment" column) and read back.
 */
class ReviewWordExcelTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;

    private Path export(Project p, ExportOptions.Format f, ExportOptions.What w, String name) {
        return p.exports().export(ExportOptions.of(f, w), dir.resolve(name));
    }

    /** The run of the paragraph holding {@code words}. */
    private static XWPFRun run(XWPFDocument doc, String words) {
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (r.text().contains(words)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no run with '" + words + "'");
    }

    /**
     * Comments on a run as Word stores a comment: its text in comments.xml, the run between a
     * commentRangeStart and a commentRangeEnd, and a run with the commentReference after it.
     */
    private static void comment(XWPFDocument doc, XWPFRun run, int id, String author, String text) {
        XWPFComments comments = doc.getDocComments() == null ? doc.createComments() : doc.getDocComments();
        XWPFComment c = comments.createComment(BigInteger.valueOf(id));
        c.setAuthor(author);
        c.setInitials("DL");
        Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        at.clear();
        at.set(2027, Calendar.MARCH, 12, 10, 15, 0);
        c.setDate(at);
        c.createParagraph().createRun().setText(text);
        try (XmlCursor cur = run.getCTR().newCursor()) {
            cur.beginElement(new QName(W, "commentRangeStart", "w"));
            cur.insertAttributeWithValue(new QName(W, "id", "w"), Integer.toString(id));
        }
        try (XmlCursor cur = run.getCTR().newCursor()) {
            cur.toEndToken();
            cur.toNextToken();
            cur.beginElement(new QName(W, "commentRangeEnd", "w"));
            cur.insertAttributeWithValue(new QName(W, "id", "w"), Integer.toString(id));
            cur.toEndToken();
            cur.toNextToken();
            cur.beginElement(new QName(W, "r", "w"));
            cur.beginElement(new QName(W, "commentReference", "w"));
            cur.insertAttributeWithValue(new QName(W, "id", "w"), Integer.toString(id));
        }
    }

    @Test
    void wordCommentsAreTracedToTheThemeExtractCodeAndChecklistAnswerTheySitInAndKeepTheirWords() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            Path report = export(p, ExportOptions.Format.DOCX, ExportOptions.What.REPORT, "report.docx");
            Path commented = dir.resolve("report-commented.docx");
            try (InputStream in = Files.newInputStream(report); XWPFDocument doc = new XWPFDocument(in)) {
                comment(doc, run(doc, "Small acts that hold"), 0, "Dr Lee", "Is care the organising idea?");
                comment(doc, run(doc, "Minutes record that the board"), 1, "Dr Lee", "Only one meeting?");
                comment(doc, run(doc, "Decisions/Made elsewhere"), 2, "Dr Lee", "Plainer name, please.");
                comment(doc, run(doc, "Every source was coded"), 3, "Prof Okafor", "How was this checked?");
                try (OutputStream out = Files.newOutputStream(commented)) {
                    doc.write(out);
                }
            }
            ReviewImport r = p.reviews().importFile(commented);
            assertThat(r.kind()).isEqualTo("word");
            assertThat(r.added()).extracting(c -> c.anchor()).containsExactlyInAnyOrder(
                    ReviewAnchor.definition(fx.care.guid()), ReviewAnchor.extract(fx.budgetCoding.guid()),
                    ReviewAnchor.code(fx.budget.guid()), ReviewAnchor.checklist(3));
            assertThat(r.added()).filteredOn(c -> c.anchor().kind() == ReviewAnchor.Kind.THEME_DEFINITION)
                    .singleElement().satisfies(c -> {
                        assertThat(c.quoted()).isEqualTo("Small acts that hold the partnership together");
                        assertThat(c.reviewer()).isEqualTo("Dr Lee");
                        assertThat(c.body()).isEqualTo("Is care the organising idea?");
                        assertThat(c.writtenAt()).isEqualTo(java.time.Instant.parse("2027-03-12T10:15:00Z"));
                    });
            assertThat(r.added()).filteredOn(c -> c.anchor().kind() == ReviewAnchor.Kind.CHECKLIST).singleElement()
                    .satisfies(c -> assertThat(c.reviewer()).isEqualTo("Prof Okafor"));
            assertThat(p.reviews().importFile(commented).added()).isEmpty();
            assertThat(p.reviews().list(null)).allSatisfy(i -> assertThat(i.state())
                    .isEqualTo(ReviewItem.ObjectState.CURRENT));

            // The next report shows each comment with its reply and status.
            long onExtract = r.added().stream().filter(c -> c.anchor().kind() == ReviewAnchor.Kind.EXTRACT)
                    .findFirst().orElseThrow().id();
            p.reviews().reply(onExtract, "There were three; two more are now coded.");
            Path next = export(p, ExportOptions.Format.DOCX, ExportOptions.What.REPORT, "report-2.docx");
            try (InputStream in = Files.newInputStream(next); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                assertThat(text.getText()).contains("Review comment (Dr Lee, 12 March 2027, answered): Only one meeting?")
                        .contains("Reply (" + p.coder().name()).contains("There were three; two more are now coded.")
                        .contains("Review comment (Prof Okafor, 12 March 2027, open): How was this checked?");
            }
        }
    }

    @Test
    void aDocumentWithoutAnchorsOrOfAnotherProjectOrDamagedIsRefusedAndChangesNothing() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            Path plain = dir.resolve("letter.docx");
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(plain)) {
                XWPFRun r = doc.createParagraph().createRun();
                r.setText("Dear student, some thoughts.");
                comment(doc, r, 0, "Dr Lee", "Hello");
                doc.write(out);
            }
            assertThatThrownBy(() -> p.reviews().importFile(plain)).isInstanceOf(QuireException.class)
                    .hasMessageContaining("letter.docx").hasMessageContaining("no Quire anchors");

            Path report = export(p, ExportOptions.Format.DOCX, ExportOptions.What.REPORT, "report.docx");
            Path foreign = dir.resolve("allotments-report.docx");
            try (InputStream in = Files.newInputStream(report); XWPFDocument doc = new XWPFDocument(in);
                 OutputStream out = Files.newOutputStream(foreign)) {
                doc.getProperties().getCustomProperties().getProperty(ReviewAnchor.PROJECT_PROPERTY)
                        .setLpwstr("0190c5e2-0000-7000-8000-000000000001");
                doc.getProperties().getCustomProperties().getProperty(ReviewAnchor.TITLE_PROPERTY)
                        .setLpwstr("Allotments");
                comment(doc, run(doc, "Small acts that hold"), 0, "Dr Lee", "Hello");
                doc.write(out);
            }
            assertThatThrownBy(() -> p.reviews().importFile(foreign)).hasMessageContaining("allotments-report.docx")
                    .hasMessageContaining("another project ('Allotments')");

            Path damaged = dir.resolve("damaged.docx");
            byte[] bytes = Files.readAllBytes(report);
            Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 3));
            assertThatThrownBy(() -> p.reviews().importFile(damaged)).isInstanceOf(QuireException.class)
                    .hasMessageContaining("damaged.docx");
            assertThat(p.reviews().list(null)).isEmpty();
        }
    }

    @Test
    void theReviewerCommentColumnOfTheThemeWorkbookIsReadBackPerExtractAndTheme() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            Path book = export(p, ExportOptions.Format.XLSX, ExportOptions.What.THEMES, "themes.xlsx");
            Path commented = dir.resolve("themes-commented.xlsx");
            try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                write(wb.getSheet("Everyday care"), "Volunteers stayed late", "Who asked them?");
                write(wb.getSheet("Themes"), "Power elsewhere", "Is this a theme or a topic?");
                wb.getProperties().getCoreProperties().setLastModifiedByUser("Dr Lee");
                try (OutputStream out = Files.newOutputStream(commented)) {
                    wb.write(out);
                }
            }
            ReviewImport r = p.reviews().importFile(commented);
            assertThat(r.kind()).isEqualTo("excel");
            assertThat(r.added()).extracting(c -> c.anchor()).containsExactlyInAnyOrder(
                    ReviewAnchor.extract(fx.rotaCoding.guid()), ReviewAnchor.theme(fx.power.guid()));
            assertThat(r.added()).allSatisfy(c -> assertThat(c.reviewer()).isEqualTo("Dr Lee"));
            assertThat(r.added()).filteredOn(c -> c.anchor().kind() == ReviewAnchor.Kind.EXTRACT).singleElement()
                    .satisfies(c -> {
                        assertThat(c.quoted()).isEqualTo("Volunteers stayed late to finish the rota without being asked.");
                        assertThat(c.body()).isEqualTo("Who asked them?");
                    });
            assertThat(p.reviews().importFile(commented).already()).isEqualTo(2);
            assertThat(p.reviews().list(null)).hasSize(2);
        }
    }

    /** Types a comment into the "Reviewer comment" cell of the row whose cells contain {@code rowWords}. */
    private static void write(Sheet sheet, String rowWords, String comment) {
        Row header = sheet.getRow(0);
        int column = -1;
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if ("Reviewer comment".equals(header.getCell(c).getStringCellValue())) {
                column = c;
            }
        }
        assertThat(column).as("a Reviewer comment column on " + sheet.getSheetName()).isNotNegative();
        for (Row row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().contains(rowWords) && row.getRowNum() > 0) {
                    row.getCell(column).setCellValue(comment);
                    return;
                }
            }
        }
        throw new AssertionError("no row with '" + rowWords + "' on " + sheet.getSheetName());
    }

}
