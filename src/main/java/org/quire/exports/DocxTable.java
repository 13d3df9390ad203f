package org.quire.exports;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word table whose columns are sized for what they hold: every column is at least as wide as its
 * widest word (so "candidate" or "Extracts" never breaks in the middle), columns of short values
 * get their whole width, and the rest of the page goes to the columns of long text, which wrap.
 * Widths are measured with {@link TextWidth} in the table font and written as a fixed layout, so
 * Word and LibreOffice keep them as set.
 */
final class DocxTable {
    /** Space Word keeps inside each side of a cell, in twips; set on the table so widths can count on it. */
    static final int CELL_MARGIN = 100;
    // Measured widths are exact for Arial and its metric twins; a little slack absorbs rounding in
    // the layout engines.
    private static final double SLACK = 1.04;
    // A word longer than this share of the page (a web address) may break rather than starve the other columns.
    private static final double LONGEST_WORD_SHARE = 0.35;
    private static final double SHORT_COLUMN_SHARE = 0.3;

    /** One cell: its text (line breaks kept), whether it is bold, and its left indent in twips. */
    record Cell(String text, boolean bold, int indent) {
        static Cell of(String text) {
            return new Cell(text == null ? "" : text, false, 0);
        }
    }

    private final List<String> headers;
    private final List<List<Cell>> rows = new ArrayList<>();

    DocxTable(String... headers) {
        this.headers = List.of(headers);
    }

    DocxTable row(Cell... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    DocxTable row(String... texts) {
        return row(java.util.Arrays.stream(texts).map(Cell::of).toArray(Cell[]::new));
    }

    /** Writes the table at the end of the document, a grey header row repeated on every page. */
    XWPFTable write(XWPFDocument doc) {
        int[] widths = widths(DocxPage.TEXT_WIDTH);
        XWPFTable table = doc.createTable(1 + rows.size(), headers.size());
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        var margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        (margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft()).setW(BigInteger.valueOf(CELL_MARGIN));
        margins.getLeft().setType(STTblWidth.DXA);
        (margins.isSetRight() ? margins.getRight() : margins.addNewRight()).setW(BigInteger.valueOf(CELL_MARGIN));
        margins.getRight().setType(STTblWidth.DXA);
        grid(table, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < headers.size(); c++) {
            fill(header.getCell(c), new Cell(headers.get(c), true, 0));
            header.getCell(c).setColor("D9D9D9");
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.size(); c++) {
                fill(table.getRow(r + 1).getCell(c), rows.get(r).get(c));
            }
        }
        return table;
    }

    private static void fill(XWPFTableCell cell, Cell content) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(DocxStyles.TABLE_TEXT);
        if (content.indent() > 0) {
            p.setIndentationLeft(content.indent());
        }
        XWPFRun r = p.createRun();
        if (content.bold()) {
            r.setBold(true);
        }
        DocxText.lines(r, content.text());
    }

    // Word and LibreOffice lay a table out from its grid: set it, and each cell, to the same widths.
    private static void grid(XWPFTable table, int[] twips) {
        var ct = table.getCTTbl();
        var grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int total = 0;
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
            total += w;
        }
        table.setWidth(Integer.toString(total));
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < twips.length && i < row.getTableCells().size(); i++) {
                XWPFTableCell cell = row.getCell(i);
                var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                var w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
                w.setW(BigInteger.valueOf(twips[i]));
                w.setType(STTblWidth.DXA);
            }
        }
    }

    /**
     * The column widths, in twips, that fill {@code total}: each column at least its widest word
     * (headers bold), and as wide as its longest line when there is room; when there is not, the
     * columns of long text share what is left at one common width (a water level), so a short column
     * is never squeezed to feed a long one.
     */
    int[] widths(int total) {
        int n = headers.size();
        double[] least = new double[n];
        double[] natural = new double[n];
        double wordCap = total * LONGEST_WORD_SHARE;
        for (int c = 0; c < n; c++) {
            least[c] = twips(TextWidth.widestWord(headers.get(c), true, DocxStyles.TABLE_POINTS));
            natural[c] = twips(TextWidth.points(headers.get(c), true, DocxStyles.TABLE_POINTS));
            for (List<Cell> row : rows) {
                Cell cell = row.get(c);
                for (String line : cell.text().split("\n", -1)) {
                    double word = Math.min(wordCap, twips(TextWidth.widestWord(line, cell.bold(),
                            DocxStyles.TABLE_POINTS)) + cell.indent());
                    least[c] = Math.max(least[c], word);
                    natural[c] = Math.max(natural[c], twips(TextWidth.points(line, cell.bold(),
                            DocxStyles.TABLE_POINTS)) + cell.indent());
                }
            }
            natural[c] = Math.max(natural[c], least[c]);
        }
        // Only the column of the longest text may take more than its share of the page.
        int longest = 0;
        for (int c = 1; c < n; c++) {
            longest = natural[c] > natural[longest] ? c : longest;
        }
        for (int c = 0; c < n; c++) {
            if (c != longest) {
                natural[c] = Math.max(least[c], Math.min(natural[c], total * SHORT_COLUMN_SHARE));
            }
        }
        double[] chosen = fit(least, natural, total);
        int[] out = new int[n];
        int sum = 0;
        int widest = 0;
        for (int c = 0; c < n; c++) {
            out[c] = (int) Math.floor(chosen[c]);
            sum += out[c];
            if (chosen[c] > chosen[widest]) {
                widest = c;
            }
        }
        out[widest] += total - sum;
        return out;
    }

    private static double twips(double points) {
        return points * 20 * SLACK + 2 * CELL_MARGIN + 20;
    }

    private static double[] fit(double[] least, double[] natural, int total) {
        int n = least.length;
        double needed = 0;
        double minimum = 0;
        for (int c = 0; c < n; c++) {
            needed += natural[c];
            minimum += least[c];
        }
        double[] out = new double[n];
        if (minimum >= total) {
            // Too many columns for the page: shrink all alike (some words will break).
            for (int c = 0; c < n; c++) {
                out[c] = least[c] * total / minimum;
            }
            return out;
        }
        if (needed <= total) {
            // Everything fits on one line: the spare width goes to the column with the longest text.
            int longest = 0;
            for (int c = 0; c < n; c++) {
                out[c] = natural[c];
                if (natural[c] > natural[longest]) {
                    longest = c;
                }
            }
            out[longest] += total - needed;
            return out;
        }
        double low = 0;
        double high = total;
        for (int i = 0; i < 60; i++) {
            double level = (low + high) / 2;
            if (filled(least, natural, level) > total) {
                high = level;
            } else {
                low = level;
            }
        }
        for (int c = 0; c < n; c++) {
            out[c] = Math.min(natural[c], Math.max(least[c], low));
        }
        return out;
    }

    private static double filled(double[] least, double[] natural, double level) {
        double sum = 0;
        for (int c = 0; c < least.length; c++) {
            sum += Math.min(natural[c], Math.max(least[c], level));
        }
        return sum;
    }
}
