package org.quire.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.ReviewAnchor;
import org.quire.model.ReviewStatus;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;

/**
 * Framework cells commented in the framework workbook come back onto their cell; the next theme
 * workbook shows each earlier comment with its status and replies, and reading it back adds nothing
 * but what is new; the open comments by object, as the workbench marks them.
 */
class ReviewCellsAndThreadsTest {
    @TempDir
    Path dir;

    @Test
    void aCommentOnAFrameworkCellInTheWorkbookComesBackOntoThatCell() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            p.frameworks().setSummary(new org.quire.model.FrameworkMatrix.RowHead(fx.source.guid(), "", fx.source.name()),
                    fx.care.guid(), "Care is everywhere in these notes");
            Path book = p.exports().export(ExportOptions.of(ExportOptions.Format.XLSX, ExportOptions.What.FRAMEWORK)
                    .axes("sources", "themes"), dir.resolve("framework.xlsx"));
            Path commented = dir.resolve("framework-commented.xlsx");
            try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet cells = wb.getSheet("Cells for review");
                assertThat(cells).as("a sheet of cells to comment on").isNotNull();
                write(cells, fx.source.name() + " × Everyday care", "Reviewer comment", "Say whose care this is");
                wb.getProperties().getCoreProperties().setLastModifiedByUser("Dr Lee");
                try (OutputStream out = Files.newOutputStream(commented)) {
                    wb.write(out);
                }
            }
            ReviewImport r = p.reviews().importFile(commented);
            assertThat(r.added()).singleElement().satisfies(c -> {
                assertThat(c.anchor()).isEqualTo(ReviewAnchor.cell(fx.source.guid(), "", fx.care.guid()));
                assertThat(c.quoted()).isEqualTo("Care is everywhere in these notes");
                assertThat(c.reviewer()).isEqualTo("Dr Lee");
            });
            ReviewItem item = p.reviews().list(null).get(0);
            assertThat(item.object()).isEqualTo("Framework cell '" + fx.source.name() + "' × 'Everyday care'");
            assertThat(item.state()).isEqualTo(ReviewItem.ObjectState.CURRENT);
            assertThat(item.where().themeGuid()).isEqualTo(fx.care.guid());
            assertThat(p.reviews().openMarks().cell(fx.source.guid(), "", fx.care.guid()).count()).isEqualTo(1);
            assertThat(p.reviews().openMarks().cell(fx.source.guid(), "", fx.power.guid())).isNull();
            assertThat(p.reviews().importFile(commented).added()).isEmpty();

            // The summary rewritten: the comment is kept, marked as written on other words.
            p.frameworks().setSummary(new org.quire.model.FrameworkMatrix.RowHead(fx.source.guid(), "", fx.source.name()),
                    fx.care.guid(), "Mostly the coordinator's");
            assertThat(p.reviews().list(null).get(0).state()).isEqualTo(ReviewItem.ObjectState.CHANGED);
        }
    }

    @Test
    void theNextThemeWorkbookShowsEachThreadAndReadingItBackAddsOnlyWhatIsNew() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            Path first = p.exports().export(ExportOptions.of(ExportOptions.Format.XLSX, ExportOptions.What.THEMES),
                    dir.resolve("themes-1.xlsx"));
            Sheet none = sheet(first, "Everyday care");
            assertThat(column(none, "Earlier review")).as("no earlier review before any comment").isNegative();
            Path commented = copyWith(first, dir.resolve("themes-1-commented.xlsx"), "Everyday care",
                    "Volunteers stayed late", "Who asked them?");
            p.reviews().importFile(commented);
            long id = p.reviews().list(null).get(0).comment().id();
            p.reviews().reply(id, "Nobody did: the note says so.");

            Path second = p.exports().export(ExportOptions.of(ExportOptions.Format.XLSX, ExportOptions.What.THEMES),
                    dir.resolve("themes-2.xlsx"));
            Sheet care = sheet(second, "Everyday care");
            Row row = rowWith(care, "Volunteers stayed late");
            String earlier = text(row, column(care, "Earlier review"));
            assertThat(earlier).contains("Dr Lee").contains("(answered)").contains("Who asked them?")
                    .contains("↳ " + org.quire.service.TestProjects.CODER).contains("Nobody did: the note says so.");
            assertThat(text(row, column(care, "Reviewer comment"))).isEmpty();
            assertThat(column(care, "Earlier review")).isLessThan(column(care, "Reviewer comment"));
            // Another extract of the sheet has no thread.
            assertThat(text(rowWith(care, "kettle is where"), column(care, "Earlier review"))).isEmpty();

            // Sent back as it is: nothing new.
            ReviewImport again = p.reviews().importFile(second);
            assertThat(again.added()).isEmpty();
            assertThat(again.already()).isZero();
            // With one new comment under the answered one: only that is added.
            Path secondCommented = copyWith(second, dir.resolve("themes-2-commented.xlsx"), "Everyday care",
                    "Volunteers stayed late", "Fine, resolved for me.");
            ReviewImport next = p.reviews().importFile(secondCommented);
            assertThat(next.added()).extracting(c -> c.body()).containsExactly("Fine, resolved for me.");
            assertThat(p.reviews().list(null)).hasSize(2);
            assertThat(p.reviews().list(ReviewStatus.ANSWERED)).hasSize(1);
        }
    }

    @Test
    void openCommentsAreCountedPerObjectInOneReadAndLeaveWhenAnsweredOrResolved() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            Path file = dir.resolve("Study-review.quirereview");
            Files.writeString(file, "{\"format\":\"quire-review\",\"project\":{\"guid\":\"" + p.guid()
                    + "\",\"title\":\"Study\"},\"reviewer\":\"Dr Lee\",\"comments\":["
                    + "{\"anchor\":\"code:" + fx.rota.guid() + "\",\"text\":\"Extra to what?\"},"
                    + "{\"anchor\":\"code:" + fx.rota.guid() + "\",\"text\":\"Split it?\"},"
                    + "{\"anchor\":\"extract:" + fx.kettleCoding.guid() + "\",\"text\":\"Lovely\"},"
                    + "{\"anchor\":\"theme-definition:" + fx.care.guid() + "\",\"text\":\"Too broad\"},"
                    + "{\"anchor\":\"theme-narrative:" + fx.care.guid() + "\",\"text\":\"Shorter\"}]}");
            p.reviews().importFile(file);
            OpenMarks marks = p.reviews().openMarks();
            assertThat(marks.code(fx.rota.guid().toUpperCase()).count()).isEqualTo(2);
            assertThat(marks.code(fx.rota.guid()).firstText()).isEqualTo("Extra to what?");
            assertThat(marks.code(fx.rota.guid()).tooltip()).isEqualTo("2 open review comments\nDr Lee: Extra to what?");
            assertThat(marks.code(fx.kettle.guid())).isNull();
            assertThat(marks.extract(fx.kettleCoding.guid()).count()).isEqualTo(1);
            assertThat(marks.theme(fx.care.guid()).count()).isEqualTo(2);
            assertThat(p.reviews().openOnThemes()).containsEntry(fx.care.guid().toLowerCase(), 2);

            long first = marks.code(fx.rota.guid()).firstId();
            p.reviews().resolve(first);
            assertThat(p.reviews().openMarks().code(fx.rota.guid()).count()).isEqualTo(1);
            assertThat(p.reviews().openMarks().code(fx.rota.guid()).firstText()).isEqualTo("Split it?");
            p.reviews().reply(p.reviews().openMarks().extract(fx.kettleCoding.guid()).firstId(), "Thanks");
            assertThat(p.reviews().openMarks().extract(fx.kettleCoding.guid())).isNull();
        }
    }

    private static Path copyWith(Path book, Path to, String sheet, String rowWords, String comment) throws Exception {
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            write(wb.getSheet(sheet), rowWords, "Reviewer comment", comment);
            wb.getProperties().getCoreProperties().setLastModifiedByUser("Dr Lee");
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
        return to;
    }

    private static Sheet sheet(Path book, String name) throws Exception {
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(name);
            assertThat(s).as("sheet " + name).isNotNull();
            return s;
        }
    }

    private static int column(Sheet sheet, String header) {
        Row h = sheet.getRow(0);
        for (int c = 0; c < h.getLastCellNum(); c++) {
            if (header.equals(new DataFormatter().formatCellValue(h.getCell(c)))) {
                return c;
            }
        }
        return -1;
    }

    private static Row rowWith(Sheet sheet, String words) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                for (var cell : row) {
                    if (new DataFormatter().formatCellValue(cell).contains(words)) {
                        return row;
                    }
                }
            }
        }
        throw new AssertionError("no row with '" + words + "' on " + sheet.getSheetName());
    }

    private static String text(Row row, int column) {
        return new DataFormatter().formatCellValue(row.getCell(column));
    }

    private static void write(Sheet sheet, String rowWords, String header, String comment) {
        int column = column(sheet, header);
        assertThat(column).as("a " + header + " column on " + sheet.getSheetName()).isNotNegative();
        Row row = rowWith(sheet, rowWords);
        (row.getCell(column) == null ? row.createCell(column) : row.getCell(column)).setCellValue(comment);
    }
}
