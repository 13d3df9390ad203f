package org.quire.exports;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The Word exports' styles: one font (Arial, whose widths {@link TextWidth} knows, so table columns
 * can be sized for their words), real Title and Heading 1–3 styles (Word's navigation pane and the
 * table of contents are built from them), the contents entries TOC 1–3, a Quote style, and small
 * styles for tables, the page header and footer. A new POI document has no styles at all.
 */
final class DocxStyles {
    static final String FONT = "Arial";
    /** Body text size in points. */
    static final double BODY_POINTS = 10.5;
    /** Table text size in points: {@link DocxColumns} sizes columns for it. */
    static final double TABLE_POINTS = 9.5;

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String H1 = "Heading1";
    static final String H2 = "Heading2";
    static final String H3 = "Heading3";
    static final String QUOTE = "Quote";
    static final String CONTENTS_HEADING = "TOCHeading";
    static final String TABLE_TEXT = "TableText";
    static final String SMALL = "Small";
    static final String NARRATIVE_HEADING = "NarrativeHeading";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";

    /** The contents entry style for heading level {@code level} (1 = Heading 1). */
    static String toc(int level) {
        return "TOC" + level;
    }

    private DocxStyles() {
    }

    static void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = ct.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(halfPoints(BODY_POINTS));
        run.addNewSzCs().setVal(halfPoints(BODY_POINTS));
        run.addNewLang().setVal("en-GB");
        var spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(100));
        spacing.setLine(BigInteger.valueOf(264));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        styles.setStyles(ct);

        add(styles, paragraph(NORMAL, "Normal", null));
        add(styles, heading(TITLE, "Title", -1, 22, "1F3864"));
        add(styles, heading(H1, "heading 1", 0, 16, "1F3864"));
        add(styles, heading(H2, "heading 2", 1, 13, "2E74B5"));
        add(styles, heading(H3, "heading 3", 2, 11, "404040"));
        add(styles, heading(CONTENTS_HEADING, "TOC Heading", -1, 16, "1F3864"));
        add(styles, heading(NARRATIVE_HEADING, "Narrative Heading", -1, 11, "262626"));

        CTStyle quote = paragraph(QUOTE, "Quote", NORMAL);
        quote.getPPr().addNewInd().setLeft(BigInteger.valueOf(567));
        quote.getPPr().getInd().setRight(BigInteger.valueOf(567));
        quote.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(40));
        quote.addNewRPr().addNewI();
        quote.getRPr().addNewColor().setVal("262626");
        add(styles, quote);

        CTStyle table = paragraph(TABLE_TEXT, "Table Text", NORMAL);
        table.getPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        table.getPPr().getSpacing().setLine(BigInteger.valueOf(240));
        table.getPPr().getSpacing().setLineRule(STLineSpacingRule.AUTO);
        table.addNewRPr().addNewSz().setVal(halfPoints(TABLE_POINTS));
        add(styles, table);

        CTStyle small = paragraph(SMALL, "Small Note", NORMAL);
        small.addNewRPr().addNewSz().setVal(halfPoints(9));
        small.getRPr().addNewColor().setVal("595959");
        add(styles, small);

        for (String id : new String[] {HEADER, FOOTER}) {
            CTStyle s = paragraph(id, id.toLowerCase(java.util.Locale.ROOT), NORMAL);
            s.getPPr().addNewSpacing().setAfter(BigInteger.ZERO);
            s.addNewRPr().addNewSz().setVal(halfPoints(8.5));
            s.getRPr().addNewColor().setVal("595959");
            add(styles, s);
        }
        for (int level = 1; level <= 3; level++) {
            CTStyle s = paragraph(toc(level), "toc " + level, NORMAL);
            s.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(level == 1 ? 60 : 20));
            s.getPPr().addNewInd().setLeft(BigInteger.valueOf(240L * (level - 1)));
            CTTabStop tab = s.getPPr().addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setLeader(STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(DocxPage.TEXT_WIDTH));
            if (level == 1) {
                s.addNewRPr().addNewB();
            }
            add(styles, s);
        }
    }

    // XWPFStyles copies the style's XML when it is added: add it only once it is complete.
    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style));
    }

    static BigInteger halfPoints(double points) {
        return BigInteger.valueOf(Math.round(points * 2));
    }

    private static CTStyle paragraph(String id, String name, String basedOn) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.addNewName().setVal(name);
        s.setType(STStyleType.PARAGRAPH);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        s.addNewQFormat();
        s.addNewPPr();
        return s;
    }

    /**
     * @param outline outline level (0 = Heading 1), or -1 for none
     */
    private static CTStyle heading(String id, String name, int outline, double points, String color) {
        CTStyle s = paragraph(id, name, NORMAL);
        s.addNewNext().setVal(NORMAL);
        CTPPrGeneral p = s.getPPr();
        p.addNewSpacing().setBefore(BigInteger.valueOf(outline < 0 ? 120 : 280 - 40L * outline));
        p.getSpacing().setAfter(BigInteger.valueOf(100));
        p.addNewKeepNext();
        if (outline >= 0) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr r = s.addNewRPr();
        r.addNewB();
        r.addNewSz().setVal(halfPoints(points));
        r.addNewColor().setVal(color);
        return s;
    }
}
