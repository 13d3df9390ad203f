package org.quire.exports;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as an Excel workbook, a sheet each: a bold header row and the first column that
 * stay in view (frozen), the header repeated on printed pages, an autofilter over every column,
 * wrapped text in long columns, set widths, landscape pages one sheet wide with the sheet's name
 * and page numbers. Streams rows (SXSSF), so a matrix of 10,000 extracts never sits in memory as a
 * workbook.
 */
public final class XlsxExport {
    /** Excel's limit on the text of one cell. */
    static final int MAX_CELL = 32_767;
    private static final int WINDOW = 200;
    // One line of Calibri 11, the workbook font, in a wrapped cell.
    private static final float LINE_POINTS = 14f;
    // Excel's tallest row.
    private static final float MAX_ROW_POINTS = 409f;

    private XlsxExport() {
    }

    public static Path write(List<Table> tables, Path out) {
        return write(tables, out, java.util.Map.of());
    }

    /**
     * @param properties custom document properties (e.g. the project's GUID, which a commented
     *                   workbook carries back; see {@link org.quire.model.ReviewAnchor#PROJECT_PROPERTY})
     */
    public static Path write(List<Table> tables, Path out, java.util.Map<String, String> properties) {
        AtomicOutput.check(out);
        return AtomicOutput.write(out, stream -> {
            Workbook wb = workbook();
            try {
                Styles styles = new Styles(wb);
                properties.forEach((k, v) -> wb.getXSSFWorkbook().getProperties().getCustomProperties()
                        .addProperty(k, v));
                Set<String> names = new HashSet<>();
                for (Table t : tables) {
                    sheet(wb, styles, t, uniqueName(t.name(), names));
                }
                wb.write(stream);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            } finally {
                wb.close();
            }
        });
    }

    /**
     * One sheet whose rows are written as they come and flushed to disk {@value #WINDOW} at a time,
     * so 100,000 coded passages never sit in memory.
     */
    public static Path write(StreamedTable table, Path out) {
        AtomicOutput.check(out);
        return AtomicOutput.write(out, stream -> {
            Workbook wb = workbook();
            try {
                sheet(wb, new Styles(wb), table, r -> false, uniqueName(table.name(), new HashSet<>()));
                wb.write(stream);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            } finally {
                wb.close();
            }
        });
    }

    /**
     * Deflate level of the xlsx file (a zip). Zip's usual level 6 took a quarter of the time of an
     * export of 100,000 coded passages (120 MB of sheet XML: 4.2 s to deflate against 0.8 s at level
     * 2); level 2 makes the file 17% larger (20.8 MB against 17.7 MB) and every spreadsheet
     * program reads it the same.
     */
    static final int DEFLATE_LEVEL = 2;

    private static Workbook workbook() {
        return new Workbook();
    }

    /** POI's streamed workbook, written with {@link SheetWriter}s, deflated at {@link #DEFLATE_LEVEL}. */
    private static final class Workbook extends SXSSFWorkbook {
        private final java.util.Map<SXSSFSheet, SheetWriter> writers = new java.util.HashMap<>();
        private SheetWriter made;

        Workbook() {
            super(WINDOW);
            // POI would work the sheet's extent out from the rows it made; the rows go past it.
            setShouldCalculateSheetDimensions(false);
        }

        @Override
        protected org.apache.poi.xssf.streaming.SheetDataWriter createSheetDataWriter() throws java.io.IOException {
            made = new SheetWriter();
            return made;
        }

        @Override
        public SXSSFSheet createSheet(String name) {
            SXSSFSheet sheet = super.createSheet(name);
            writers.put(sheet, made);
            return sheet;
        }

        SheetWriter writer(SXSSFSheet sheet) {
            return writers.get(sheet);
        }

        @Override
        protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
                java.io.OutputStream stream) {
            org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(DEFLATE_LEVEL);
            return zip;
        }
    }

    private static void sheet(Workbook wb, Styles styles, Table t, String name) {
        sheet(wb, styles, StreamedTable.of(t), t::isFlagged, name);
    }

    /** A row's cells as they are written: text (clipped), a number or null (blank); a style each; its height. */
    private record Cells(Object[] values, int[] styles, float points) {
    }

    private static void sheet(Workbook wb, Styles styles, StreamedTable table,
                              java.util.function.IntPredicate isFlagged, String name) {
        List<Table.Column> cols = table.columns();
        SXSSFSheet sheet = wb.createSheet(name);
        int columns = cols.size();
        Row header = sheet.createRow(0);
        int headerLines = 1;
        for (int c = 0; c < columns; c++) {
            Table.Column col = cols.get(c);
            headerLines = Math.max(headerLines, lines(col.header(), col.width()));
            Cell cell = header.createCell(c);
            cell.setCellValue(SafeText.xml(col.header()));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(255, Math.max(6, col.width())) * 256);
            sheet.setColumnHidden(c, col.hidden());
        }
        header.setHeightInPoints(Math.min(MAX_ROW_POINTS, headerLines * LINE_POINTS + 3));
        // The rows go straight to the sheet's writer, after the header (see SheetWriter).
        try {
            sheet.flushRows();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SheetWriter writer = wb.writer(sheet);
        boolean[] wrap = new boolean[columns];
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            wrap[c] = cols.get(c).wrap();
            widths[c] = cols.get(c).width();
        }
        int[] made = {0};
        int[] written = {0};
        // The cells are made where the rows are read (on a thread of their own for a read-ahead table).
        table.each(cells -> {
            boolean flagged = isFlagged.test(made[0]++);
            Object[] values = new Object[columns];
            int[] style = new int[columns];
            int lines = 1;
            for (int c = 0; c < columns; c++) {
                Object v = cells.get(c);
                if (v instanceof Number n) {
                    values[c] = n;
                    style[c] = styles.number(flagged).getIndex() & 0xFFFF;
                } else {
                    String text = SafeText.xml(v == null ? "" : v.toString());
                    // An empty cell stays blank, so that what a reviewer types there is stored as Excel
                    // stores any typed text (an empty inline string would be kept beside it by some tools).
                    values[c] = text.isEmpty() ? null : clip(text);
                    style[c] = styles.text(wrap[c], flagged, SafeText.isRisky(text)).getIndex() & 0xFFFF;
                    if (wrap[c]) {
                        lines = Math.max(lines, lines(text, widths[c]));
                    }
                }
            }
            // Neither Excel nor LibreOffice grows a streamed row to fit wrapped text on opening.
            return new Cells(values, style, Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 3));
        }, row -> {
            try {
                writer.rowStart(++written[0], row.points());
                Object[] values = row.values();
                for (int c = 0; c < columns; c++) {
                    if (values[c] instanceof Number n) {
                        writer.number(c, row.styles()[c], n.doubleValue());
                    } else if (values[c] instanceof String text) {
                        writer.text(c, row.styles()[c], text);
                    } else {
                        writer.blank(c, row.styles()[c]);
                    }
                }
                writer.rowEnd();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // The header row and the first column (what each row is) stay in view while scrolling.
        sheet.createFreezePane(columns > 1 ? 1 : 0, 1);
        if (columns > 0) {
            wb.getXSSFWorkbook().getSheet(name).setDimensionOverride(
                    new CellRangeAddress(0, written[0], 0, columns - 1));
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, written[0]), 0, columns - 1));
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        }
        printSetup(sheet);
    }

    /**
     * Landscape A4, one page wide (as many pages tall as it takes), narrow margins, grid lines, the
     * sheet's name in the page header and page numbers in the footer. The column widths of the
     * tables are chosen so that a theme matrix prints at about four fifths of full size.
     */
    private static void printSetup(SXSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        print.setHeaderMargin(0.25);
        print.setFooterMargin(0.25);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setPrintGridlines(true);
        sheet.setMargin(PageMargin.LEFT, 0.25);
        sheet.setMargin(PageMargin.RIGHT, 0.25);
        sheet.setMargin(PageMargin.TOP, 0.55);
        sheet.setMargin(PageMargin.BOTTOM, 0.55);
        sheet.getHeader().setCenter("&A");
        sheet.getFooter().setCenter("Page &P of &N");
    }

    /**
     * How many lines text takes wrapped in a column {@code width} characters wide: an estimate that
     * wraps word by word as Excel does, so that no wrapped row is cut short when printed.
     */
    static int lines(String text, int width) {
        // A column is measured in widths of "0"; Calibri prose fits 1.15 to 1.3 characters to that
        // width (measured on printed sheets, depending on the letters), so 1.12 errs on the side of
        // a spare line rather than a cut one.
        double per = Math.max(1, width * 1.12);
        int lines = 0;
        int count = 1;
        double used = 0;
        int n = text.length();
        // Word by word without splitting into strings: 100,000 rows of passages pass through here.
        for (int i = 0; i <= n; ) {
            int end = i;
            while (end < n && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                end++;
            }
            int word = end - i;
            double need = used == 0 ? word : used + 1 + word;
            if (need <= per || used == 0) {
                used = need;
            } else {
                count++;
                used = word;
            }
            // A word longer than the line breaks across lines of its own.
            while (used > per) {
                count++;
                used -= per;
            }
            if (end >= n || text.charAt(end) == '\n') {
                lines += count;
                count = 1;
                used = 0;
                if (lines * LINE_POINTS > MAX_ROW_POINTS || end >= n) {
                    break;
                }
            }
            i = end + 1;
        }
        return lines;
    }

    // Excel refuses longer cells; a whole coded document must still export, so say what was cut.
    static String clip(String text) {
        if (text.length() <= MAX_CELL) {
            return text;
        }
        String note = String.format(Locale.ROOT, " … [cut to fit an Excel cell: %,d characters in all]",
                text.length());
        return text.substring(0, MAX_CELL - note.length()) + note;
    }

    /** Excel's longest sheet name. */
    static final int MAX_SHEET_NAME = 31;

    /**
     * A sheet name Excel accepts (at most 31 characters, none of []:*?/\, not starting or ending
     * with an apostrophe), unique in the workbook ignoring case. A longer name is cut and ends with
     * "…" so the reader sees it was cut; a name already used gets " (2)", " (3)"….
     */
    static String uniqueName(String wanted, Set<String> used) {
        String clean = wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "_").strip();
        clean = clean.replaceAll("^'+|'+$", "").strip();
        if (clean.isEmpty()) {
            clean = "Sheet";
        }
        String name = fit(clean, "");
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = fit(clean, " (" + n + ")");
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String fit(String name, String suffix) {
        if (name.length() + suffix.length() <= MAX_SHEET_NAME) {
            return name + suffix;
        }
        int keep = MAX_SHEET_NAME - suffix.length() - 1;
        // Never cut a character outside the Basic Multilingual Plane in half.
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep).stripTrailing() + "…" + suffix;
    }

    /** The few cell styles every sheet shares (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle header;
        private final CellStyle[] text = new CellStyle[8];
        private final CellStyle[] numbers = new CellStyle[2];

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            for (int i = 0; i < 8; i++) {
                CellStyle s = wb.createCellStyle();
                s.setVerticalAlignment(VerticalAlignment.TOP);
                s.setWrapText((i & 1) != 0);
                flag(s, (i & 2) != 0);
                // Excel's quote prefix: shown and kept as text, never evaluated, even after an edit.
                s.setQuotePrefixed((i & 4) != 0);
                text[i] = s;
            }
            for (int i = 0; i < 2; i++) {
                CellStyle s = wb.createCellStyle();
                s.setVerticalAlignment(VerticalAlignment.TOP);
                flag(s, i == 1);
                numbers[i] = s;
            }
        }

        private static void flag(CellStyle s, boolean flagged) {
            if (flagged) {
                s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
        }

        CellStyle text(boolean wrap, boolean flagged, boolean risky) {
            return text[(wrap ? 1 : 0) | (flagged ? 2 : 0) | (risky ? 4 : 0)];
        }

        CellStyle number(boolean flagged) {
            return numbers[flagged ? 1 : 0];
        }
    }
}
