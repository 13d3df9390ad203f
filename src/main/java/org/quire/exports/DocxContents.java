package org.quire.exports;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

/**
 * A real table of contents: Word's TOC field over Heading 1 and 2, marked to be updated when Word
 * opens the file ({@code updateFields} in the settings), so its entries and page numbers are Word's
 * own. Until then (and in LibreOffice until Tools › Update › Update All) it shows the headings Quire
 * wrote, each linked to its heading's bookmark. Headings are written through {@link #heading} so
 * that they carry those bookmarks.
 */
final class DocxContents {
    /** The heading levels the contents lists. */
    private static final int LEVELS = 2;

    private record Entry(int level, String text, String bookmark) {
    }

    private final XWPFDocument doc;
    private final XWPFParagraph placeholder;
    private final List<Entry> entries = new ArrayList<>();

    private DocxContents(XWPFDocument doc, XWPFParagraph placeholder) {
        this.doc = doc;
        this.placeholder = placeholder;
    }

    /** Writes the "Contents" heading here; the entries follow it once {@link #fill} is called. */
    static DocxContents placeHere(XWPFDocument doc) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle(DocxStyles.CONTENTS_HEADING);
        title.createRun().setText("Contents");
        XWPFParagraph end = doc.createParagraph();
        end.setStyle(DocxStyles.toc(1));
        doc.enforceUpdateFields();
        return new DocxContents(doc, end);
    }

    /**
     * Writes a heading paragraph ({@code level} 0 for the title, which the contents leaves out;
     * 1–3 for Heading 1–3) with a bookmark the contents can point to.
     */
    XWPFParagraph heading(int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(switch (level) {
            case 0 -> DocxStyles.TITLE;
            case 1 -> DocxStyles.H1;
            case 2 -> DocxStyles.H2;
            default -> DocxStyles.H3;
        });
        String clean = SafeText.xml(text);
        if (level >= 1 && level <= LEVELS) {
            String name = "_Toc" + (100000 + entries.size());
            BigInteger id = BigInteger.valueOf(entries.size() + 1L);
            CTBookmark start = p.getCTP().addNewBookmarkStart();
            start.setName(name);
            start.setId(id);
            p.createRun().setText(clean);
            p.getCTP().addNewBookmarkEnd().setId(id);
            entries.add(new Entry(level, clean, name));
        } else {
            p.createRun().setText(clean);
        }
        return p;
    }

    /** Writes the entries of every heading written so far, inside the TOC field. */
    void fill() {
        boolean first = true;
        for (Entry e : entries) {
            XmlCursor at = placeholder.getCTP().newCursor();
            XWPFParagraph p = doc.insertNewParagraph(at);
            at.close();
            p.setStyle(DocxStyles.toc(e.level()));
            if (first) {
                DocxPage.begin(p, "TOC \\o \"1-" + LEVELS + "\" \\h \\z \\u");
                first = false;
            }
            // Until Word updates the field, each entry is its heading's text, linked to it; page
            // numbers come with the update (a page number written here could only be a guess).
            CTHyperlink link = p.getCTP().addNewHyperlink();
            link.setAnchor(e.bookmark());
            link.setHistory(STOnOff1.ON);
            link.addNewR().addNewT().setStringValue(e.text());
        }
        if (first) {
            DocxPage.begin(placeholder, "TOC \\o \"1-" + LEVELS + "\" \\h \\z \\u");
        }
        DocxPage.end(placeholder);
    }
}
