package org.quire.exports;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Real Word heading styles (Title, Heading 1–3) and a Quote style, so the report has a navigation
 * pane and a table of contents can be inserted in Word; a new POI document has no styles at all.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String H1 = "Heading1";
    static final String H2 = "Heading2";
    static final String H3 = "Heading3";
    static final String QUOTE = "Quote";

    private DocxStyles() {
    }

    static void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        add(styles, TITLE, "Title", -1, 52, "1F3864", false);
        add(styles, H1, "heading 1", 0, 32, "1F3864", false);
        add(styles, H2, "heading 2", 1, 26, "2E74B5", false);
        add(styles, H3, "heading 3", 2, 22, "404040", false);
        add(styles, QUOTE, "Quote", -1, 22, "404040", true);
    }

    /**
     * @param outline outline level (0 = Heading 1), or -1 for none
     * @param halfPoints font size in half-points
     */
    private static void add(XWPFStyles styles, String id, String name, int outline, int halfPoints, String color,
                            boolean italic) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.addNewName().setVal(name);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewBasedOn().setVal("Normal");
        s.addNewNext().setVal("Normal");
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        p.addNewSpacing().setBefore(BigInteger.valueOf(outline < 0 ? 120 : 240));
        p.getSpacing().setAfter(BigInteger.valueOf(120));
        if (outline >= 0) {
            p.addNewKeepNext();
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        if (italic) {
            p.addNewInd().setLeft(BigInteger.valueOf(567));
        }
        CTRPr r = s.addNewRPr();
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewColor().setVal(color);
        if (italic) {
            r.addNewI();
        } else {
            r.addNewB();
        }
        styles.addStyle(new XWPFStyle(s));
    }
}
