package org.quire.exports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.quire.model.ReviewAnchor;

/**
 * What makes the Word report commentable and answerable: a bookmark around each theme, definition,
 * narrative, code, quotation and checklist answer, named after its {@link ReviewAnchor} so that a
 * comment made in Word or LibreOffice Writer can be traced to its object; the project's identity
 * as document properties; and the earlier comments on each object with their replies and status.
 */
final class DocxReview {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    // Above the ids of the contents' heading bookmarks.
    private static final int FIRST_ID = 100_000;

    private final XWPFDocument doc;
    private final Report report;
    private int serial;

    /** A bookmark opened and not yet closed. */
    record Open(int id, ReviewAnchor anchor) {
    }

    DocxReview(XWPFDocument doc, Report report) {
        this.doc = doc;
        this.report = report;
        doc.getProperties().getCustomProperties().addProperty(ReviewAnchor.PROJECT_PROPERTY, report.projectGuid());
        doc.getProperties().getCustomProperties().addProperty(ReviewAnchor.TITLE_PROPERTY, report.project());
    }

    /** Opens a bookmark for {@code anchor} before everything in {@code p}. */
    Open start(XWPFParagraph p, ReviewAnchor anchor) {
        int id = FIRST_ID + serial;
        String name = anchor.bookmark(serial++);
        try (XmlCursor c = p.getCTP().newCursor()) {
            if (c.toFirstChild()) {
                if ("pPr".equals(c.getName().getLocalPart()) && !c.toNextSibling()) {
                    c.toParent();
                    c.toEndToken();
                }
            } else {
                c.toEndToken();
            }
            c.beginElement(new QName(W, "bookmarkStart", "w"));
            c.insertAttributeWithValue(new QName(W, "id", "w"), Integer.toString(id));
            c.insertAttributeWithValue(new QName(W, "name", "w"), name);
        }
        return new Open(id, anchor);
    }

    /** Closes a bookmark after everything written so far (the end of the last paragraph). */
    void end(Open open) {
        List<XWPFParagraph> ps = doc.getParagraphs();
        XWPFParagraph last = ps.get(ps.size() - 1);
        try (XmlCursor c = last.getCTP().newCursor()) {
            c.toEndToken();
            c.beginElement(new QName(W, "bookmarkEnd", "w"));
            c.insertAttributeWithValue(new QName(W, "id", "w"), Integer.toString(open.id()));
        }
    }

    /** Closes the bookmark, then shows the earlier comments on its object. */
    void endWithThreads(Open open) {
        end(open);
        threads(open.anchor());
    }

    /** The earlier comments on an object, each with its status and replies, in small type. */
    void threads(ReviewAnchor anchor) {
        for (Report.Thread t : report.threadsOf(anchor.toString())) {
            XWPFParagraph p = DocxText.styled(doc, DocxStyles.SMALL, "Review comment (" + t.reviewer()
                    + (t.writtenAt() == null ? "" : ", " + DAY.format(t.writtenAt())) + ", " + t.status()
                    + (t.changed().isEmpty() ? "" : "; the text has " + t.changed().replace("gone", "gone since"))
                    + "): " + t.text());
            p.setIndentationLeft(567);
            p.setSpacingAfter(t.replies().isEmpty() ? 120 : 0);
            for (Report.Reply r : t.replies()) {
                XWPFParagraph rp = DocxText.styled(doc, DocxStyles.SMALL, "Reply (" + r.author() + ", "
                        + DAY.format(r.at()) + "): " + r.text());
                rp.setIndentationLeft(851);
                rp.setSpacingAfter(120);
            }
        }
    }
}
