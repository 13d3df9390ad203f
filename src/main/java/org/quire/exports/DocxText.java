package org.quire.exports;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.quire.model.Narrative;

/** Text into Word paragraphs: plain, labelled, and narratives with their headings, lists, quotations and emphasis. */
final class DocxText {
    private DocxText() {
    }

    static XWPFParagraph styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        lines(p.createRun(), text);
        return p;
    }

    /** "Label: text" with the label in bold. */
    static XWPFParagraph labelled(XWPFDocument doc, String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun l = p.createRun();
        l.setBold(true);
        l.setText(label + (text.isEmpty() ? "" : ": "));
        if (!text.isEmpty()) {
            lines(p.createRun(), text);
        }
        return p;
    }

    /**
     * A narrative as Word paragraphs: its headings as bold lines (not Word headings, so the table of
     * contents stays a list of themes), bullet items indented with a bullet, quoted extracts set off
     * in the Quote style (indented and italic, without added quotation marks, as displayed quotations
     * are in a thesis), bold and italic runs as such.
     */
    static void narrative(XWPFDocument doc, String source) {
        for (Narrative.Block b : Narrative.parse(source)) {
            XWPFParagraph p = doc.createParagraph();
            switch (b.kind()) {
                case HEADING, SUBHEADING -> p.setStyle(DocxStyles.NARRATIVE_HEADING);
                case QUOTE -> p.setStyle(DocxStyles.QUOTE);
                case BULLET -> {
                    p.setIndentationLeft(454);
                    p.setIndentationHanging(227);
                    p.setSpacingAfter(40);
                    p.createRun().setText("•\t");
                }
                default -> {
                }
            }
            for (Narrative.Run r : b.runs()) {
                XWPFRun run = p.createRun();
                // Only ever switched on: an explicit "off" would override the style (bold headings,
                // italic quotations).
                if (r.bold()) {
                    run.setBold(true);
                }
                if (r.italic() || b.kind() == Narrative.Kind.SUBHEADING) {
                    run.setItalic(true);
                }
                run.setText(SafeText.xml(r.text()));
            }
        }
    }

    /** Keeps the paragraph on the page of the next one (POI's own setter fails on a paragraph without properties). */
    static XWPFParagraph keepNext(XWPFParagraph p) {
        if (!p.getCTP().isSetPPr()) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(true);
        return p;
    }

    /** Sets the run's text; line breaks inside one paragraph become Word line breaks rather than disappearing. */
    static void lines(XWPFRun run, String text) {
        String[] parts = SafeText.xml(text == null ? "" : text).replace("\r", "").split("\\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(parts[i], i);
        }
    }
}
