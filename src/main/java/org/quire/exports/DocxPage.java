package org.quire.exports;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The printed page of the Word exports: A4 with 2 cm side margins, the project's title and the
 * export date in the header, "Page N of M" in the footer (Word and LibreOffice fill both fields
 * in as they lay the pages out), and Word fields in general.
 */
final class DocxPage {
    /** A4, in twentieths of a point (twips). */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int SIDE_MARGIN = 1134;
    /** The width text and tables have between the margins. */
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN;

    private DocxPage() {
    }

    /**
     * Sets the page up; call before the body is written, as it creates the section's properties.
     *
     * @param header the header line, e.g. "Themes report · Project title · exported 6 December 2026"
     */
    static void setUp(XWPFDocument doc, String header) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(SIDE_MARGIN));
        margins.setRight(BigInteger.valueOf(SIDE_MARGIN));
        margins.setTop(BigInteger.valueOf(1247));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(624));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);

        XWPFParagraph top = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        top.setStyle(DocxStyles.HEADER);
        top.setAlignment(ParagraphAlignment.RIGHT);
        top.createRun().setText(SafeText.xml(header));

        XWPFParagraph bottom = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        bottom.setStyle(DocxStyles.FOOTER);
        bottom.setAlignment(ParagraphAlignment.CENTER);
        bottom.createRun().setText("Page ");
        field(bottom, "PAGE", "1");
        bottom.createRun().setText(" of ");
        field(bottom, "NUMPAGES", "1");
    }

    /**
     * Appends a complete field (begin, instruction, separate, the result shown until the field is
     * updated, end) to the paragraph.
     */
    static void field(XWPFParagraph p, String instruction, String shown) {
        begin(p, instruction);
        if (!shown.isEmpty()) {
            p.createRun().setText(shown);
        }
        end(p);
    }

    /** The start of a field whose result follows as ordinary runs and paragraphs, up to {@link #end}. */
    static void begin(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = p.createRun();
        var text = code.getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void end(XWPFParagraph p) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
