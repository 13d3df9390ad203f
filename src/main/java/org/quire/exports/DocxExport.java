package org.quire.exports;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.quire.model.ThemeMatrix;

/**
 * Word documents: the themes report (definitions, narratives, sub-themes, the nodes that feed them
 * with their descriptions, and the chosen quotations with their citations) and the code book.
 */
public final class DocxExport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private DocxExport() {
    }

    public static Path report(Report report, Path out) {
        AtomicOutput.check(out);
        return AtomicOutput.write(out, stream -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                DocxStyles.install(doc);
                styled(doc, DocxStyles.TITLE, "Themes: " + report.project());
                plain(doc, "Exported from Quire on " + DAY.format(report.at()) + ". Each quotation is cited by its"
                        + " source, page (for paged documents) and paragraph.", true);
                styled(doc, DocxStyles.H1, "Table of themes");
                overview(doc, report.themes());
                for (Report.Theme t : report.themes()) {
                    theme(doc, t, 0);
                }
                doc.write(stream);
            }
        });
    }

    private static void overview(XWPFDocument doc, List<Report.Theme> themes) {
        if (themes.isEmpty()) {
            plain(doc, "The project has no themes yet.", false);
            return;
        }
        XWPFTable table = doc.createTable(1, 4);
        table.setWidth("100%");
        header(table.getRow(0), "Theme", "Status", "Definition", "Extracts");
        for (Report.Theme t : themes) {
            overviewRow(table, t, "");
            for (Report.Theme s : t.subThemes()) {
                overviewRow(table, s, "    ");
            }
        }
        widths(table, 2500, 1100, 4700, 1000);
    }

    private static void overviewRow(XWPFTable table, Report.Theme t, String indent) {
        XWPFTableRow row = table.createRow();
        cell(row.getCell(0), indent + t.name(), indent.isEmpty());
        cell(row.getCell(1), t.status(), false);
        cell(row.getCell(2), t.definition(), false);
        cell(row.getCell(3), Integer.toString(t.extracts()), false);
    }

    private static void header(XWPFTableRow row, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            cell(row.getCell(i), labels[i], true);
            row.getCell(i).setColor("D9D9D9");
        }
        row.setRepeatHeader(true);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        XWPFRun r = p.createRun();
        r.setBold(bold);
        lines(r, text);
    }

    private static void theme(XWPFDocument doc, Report.Theme t, int level) {
        styled(doc, level == 0 ? DocxStyles.H1 : DocxStyles.H2, (level == 0 ? "Theme: " : "Sub-theme: ") + t.name());
        plain(doc, "Status: " + t.status() + " · " + t.extracts() + (t.extracts() == 1 ? " extract" : " extracts"),
                true);
        labelled(doc, "Definition", t.definition().isBlank() ? "not written yet" : t.definition());
        if (!t.narrative().isBlank()) {
            labelled(doc, "Narrative", "");
            for (String para : t.narrative().strip().split("\\n\\s*\\n")) {
                plain(doc, para.strip(), false);
            }
        }
        if (!t.nodes().isEmpty()) {
            styled(doc, DocxStyles.H3, "Codes");
            for (Report.NodeLine n : t.nodes()) {
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationLeft(284);
                XWPFRun name = p.createRun();
                name.setBold(true);
                name.setText(n.path());
                XWPFRun rest = p.createRun();
                rest.setText(" (" + n.references() + (n.references() == 1 ? " reference" : " references") + ")"
                        + (n.description().isBlank() ? "" : ": "));
                if (!n.description().isBlank()) {
                    XWPFRun d = p.createRun();
                    lines(d, n.description());
                }
            }
        }
        if (!t.quotes().isEmpty()) {
            styled(doc, DocxStyles.H3, "Quotations");
            for (ThemeMatrix.Row q : t.quotes()) {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle(DocxStyles.QUOTE);
                lines(p.createRun(), quoted(q.extract().strip()));
                XWPFParagraph c = doc.createParagraph();
                c.setAlignment(ParagraphAlignment.RIGHT);
                c.setSpacingAfter(200);
                XWPFRun cite = c.createRun();
                cite.setFontSize(9);
                cite.setText("— " + q.citation());
            }
        }
        for (Report.Theme s : t.subThemes()) {
            theme(doc, s, level + 1);
        }
    }

    public static Path codeBook(CodeBook book, Path out) {
        AtomicOutput.check(out);
        return AtomicOutput.write(out, stream -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                DocxStyles.install(doc);
                styled(doc, DocxStyles.TITLE, "Code book: " + book.project());
                plain(doc, "Exported from Quire on " + DAY.format(book.at()) + ". " + book.nodes().size()
                        + " codes; references are coded passages, sources the documents they are in.", true);
                XWPFTable table = doc.createTable(1, 4);
                table.setWidth("100%");
                header(table.getRow(0), "Code", "Description", "References", "Sources");
                for (CodeBook.Entry e : book.nodes()) {
                    XWPFTableRow row = table.createRow();
                    XWPFParagraph p = row.getCell(0).getParagraphs().get(0);
                    p.setIndentationLeft(227 * e.depth());
                    XWPFRun r = p.createRun();
                    r.setBold(e.depth() == 0);
                    r.setText(e.name());
                    cell(row.getCell(1), e.description(), false);
                    cell(row.getCell(2), e.aggregateReferences() == e.references() ? Integer.toString(e.references())
                            : e.references() + " (" + e.aggregateReferences() + " with sub-codes)", false);
                    cell(row.getCell(3), Integer.toString(e.aggregateSources()), false);
                }
                widths(table, 2500, 4200, 1560, 1100);
                doc.write(stream);
            }
        });
    }

    // Word and LibreOffice lay a table out from its grid: set it, and each cell, to the same widths.
    private static void widths(XWPFTable table, int... twips) {
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
                (pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW()).setW(BigInteger.valueOf(twips[i]));
            }
        }
    }

    private static void styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(SafeText.xml(text));
    }

    private static void plain(XWPFDocument doc, String text, boolean small) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        if (small) {
            r.setFontSize(9);
            r.setColor("595959");
        }
        lines(r, text);
    }

    private static void labelled(XWPFDocument doc, String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun l = p.createRun();
        l.setBold(true);
        l.setText(label + (text.isEmpty() ? "" : ": "));
        if (!text.isEmpty()) {
            lines(p.createRun(), text);
        }
    }

    // An extract that is itself a quotation keeps its own marks rather than gaining a second pair.
    static String quoted(String text) {
        boolean own = !text.isEmpty() && "“\"‘'«".indexOf(text.charAt(0)) >= 0
                && "”\"’'»".indexOf(text.charAt(text.length() - 1)) >= 0;
        return own ? text : "“" + text + "”";
    }

    // Line breaks inside one paragraph become Word line breaks rather than disappearing.
    private static void lines(XWPFRun run, String text) {
        String[] parts = SafeText.xml(text).replace("\r", "").split("\\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(parts[i], i);
        }
    }
}
