package org.quire.exports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The report's first section: what changed since the last review, one heading per theme with its
 * changes, edited texts shown word by word as a reviewer knows tracked changes (deleted words struck
 * through in red, inserted ones underlined in green).
 */
final class DocxChanges {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final int INDENT = 227;

    private DocxChanges() {
    }

    /** The section's heading, for the report and its tests. */
    static String heading(Report.Changes changes) {
        return "Changes since the last review (" + DAY.format(changes.since()) + ")";
    }

    static void write(XWPFDocument doc, DocxContents contents, Report.Changes changes) {
        if (changes == null) {
            return;
        }
        contents.heading(1, heading(changes));
        DocxText.styled(doc, DocxStyles.SMALL, "Since the " + changes.what() + ", read from the project's audit trail."
                + (changes.groups().isEmpty() ? " Nothing has changed in the themes, codes or checklist since." : ""));
        for (Report.ChangeGroup g : changes.groups()) {
            DocxText.keepNext(DocxText.styled(doc, DocxStyles.NORMAL, g.heading())).getRuns().get(0).setBold(true);
            for (Report.ChangeLine line : g.lines()) {
                XWPFParagraph p = DocxText.styled(doc, DocxStyles.NORMAL, "• " + line.text());
                p.setIndentationLeft(INDENT);
                p.setSpacingAfter(line.diff().isEmpty() ? 40 : 0);
                if (!line.diff().isEmpty()) {
                    diff(doc, line);
                }
            }
        }
    }

    private static void diff(XWPFDocument doc, Report.ChangeLine line) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.NORMAL);
        p.setIndentationLeft(INDENT * 2);
        p.setSpacingAfter(80);
        for (Report.DiffPart part : line.diff()) {
            XWPFRun r = p.createRun();
            DocxText.lines(r, part.text());
            if (part.change() < 0) {
                r.setStrikeThrough(true);
                r.setColor("C00000");
            } else if (part.change() > 0) {
                r.setUnderline(UnderlinePatterns.SINGLE);
                r.setColor("2E7D32");
            }
        }
    }
}
