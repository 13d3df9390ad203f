package org.quire.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * Word 2007+ documents. The body is read in reading order: paragraphs and headings, list items with
 * their visible bullet or number, tables one row per paragraph (cells joined by {@value #CELL_SEPARATOR}),
 * and text boxes after the paragraph that anchors them. Footnotes, endnotes and comments follow the
 * body as marked paragraphs ("[Footnote 1] …", "[Comment by Sam] …"); a footnote's mark in the body
 * reads "[1]". Headers, footers, images, formatting and tracked-change history are not kept (the
 * text is read as it currently stands).
 */
public final class DocxImporter implements Importer {
    static final String CELL_SEPARATOR = " | ";

    private static final Pattern NOTE_REF = Pattern.compile("\\[(footnoteRef|endnoteRef):(\\d+)]");
    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("docx", "docm", "dotx");
    }

    @Override
    public boolean recognises(byte[] head) {
        return FileSignature.ZIP.matches(head) && new String(head, java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("word/document.xml");
    }

    @Override
    public boolean recognises(Path file, byte[] head) throws IOException {
        return FileSignature.ZIP.matches(head) && ContainerProbe.of(file, head) == ContainerProbe.Kind.DOCX;
    }

    @Override
    public ImportedText read(Path file, ImportLimits limits) throws IOException {
        // Here rather than when the class loads: every command builds the importers, few read Word files.
        PoiLimits.ensure();
        return ImportFailures.guard(file, () -> {
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                return new Extraction(doc, new TextBuilder(limits.maxTextChars())).run(file);
            }
        });
    }

    /** One document's walk; holds the footnote numbering that the body assigns as it goes. */
    private static final class Extraction {
        private final XWPFDocument doc;
        private final TextBuilder out;
        private final ListNumbering numbering;
        private final Map<String, Integer> noteNumbers = new LinkedHashMap<>();

        Extraction(XWPFDocument doc, TextBuilder out) {
            this.doc = doc;
            this.out = out;
            this.numbering = new ListNumbering(doc.getNumbering());
        }

        ImportedText run(Path file) {
            for (IBodyElement element : doc.getBodyElements()) {
                element(element);
            }
            notes("Footnote", "footnoteRef", doc.getFootnotes());
            notes("Endnote", "endnoteRef", doc.getEndnotes());
            XWPFComment[] comments = doc.getComments();
            for (XWPFComment comment : comments == null ? new XWPFComment[0] : comments) {
                String author = comment.getAuthor() == null || comment.getAuthor().isBlank()
                        ? "" : " by " + comment.getAuthor().strip();
                out.paragraph("[Comment" + author + "] " + oneLine(comment.getText()));
            }
            if (out.length() == 0) {
                throw new ImportException(file, "the document has no text in it");
            }
            return out.build(title(), "docx", null);
        }

        private String title() {
            String title = doc.getProperties().getCoreProperties().getTitle();
            return title == null || title.isBlank() ? null : title.strip();
        }

        private void element(IBodyElement element) {
            if (element instanceof XWPFParagraph p) {
                paragraph(p);
            } else if (element instanceof XWPFTable t) {
                table(t);
            } else if (element instanceof XWPFSDT sdt) {
                out.paragraph(sdt.getContent().getText());
            }
        }

        private void paragraph(XWPFParagraph p) {
            String text = noteMarks(runText(p));
            if (!text.isBlank()) {
                out.paragraph(numbering.prefix(p) + text);
            }
            for (String box : textBoxes(p)) {
                out.paragraph(box);
            }
        }

        private void table(XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(oneLine(noteMarks(cellText(cell))));
                }
                out.paragraph(String.join(CELL_SEPARATOR, cells));
            }
        }

        private String cellText(XWPFTableCell cell) {
            List<String> parts = new ArrayList<>();
            for (IBodyElement element : cell.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    parts.add(numbering.prefix(p) + runText(p));
                    parts.addAll(textBoxes(p));
                } else if (element instanceof XWPFTable nested) {
                    for (XWPFTableRow row : nested.getRows()) {
                        for (XWPFTableCell inner : row.getTableCells()) {
                            parts.add(cellText(inner));
                        }
                    }
                } else if (element instanceof XWPFSDT sdt) {
                    parts.add(sdt.getContent().getText());
                }
            }
            return String.join(" ", parts.stream().filter(t -> !t.isBlank()).toList());
        }

        /** Replaces POI's "[footnoteRef:7]" with the number a reader sees, in order of appearance. */
        private String noteMarks(String text) {
            Matcher m = NOTE_REF.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                int n = noteNumbers.computeIfAbsent(m.group(1) + m.group(2), k -> countOf(m.group(1)) + 1);
                m.appendReplacement(sb, "[" + n + "]");
            }
            m.appendTail(sb);
            return sb.toString();
        }

        private int countOf(String kind) {
            return (int) noteNumbers.keySet().stream().filter(k -> k.startsWith(kind)).count();
        }

        private void notes(String label, String kind, List<? extends XWPFAbstractFootnoteEndnote> notes) {
            List<XWPFAbstractFootnoteEndnote> real = new ArrayList<>();
            for (XWPFAbstractFootnoteEndnote note : notes) {
                STFtnEdn.Enum type = note.getCTFtnEdn().getType();
                if (type == null || type == STFtnEdn.NORMAL) {
                    real.add(note);
                }
            }
            int unreferenced = countOf(kind);
            for (XWPFAbstractFootnoteEndnote note : real) {
                Integer n = noteNumbers.get(kind + note.getId());
                int number = n != null ? n : ++unreferenced;
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph p : note.getParagraphs()) {
                    String t = NOTE_REF.matcher(runText(p)).replaceAll("").strip();
                    if (!t.isEmpty()) {
                        text.append(text.isEmpty() ? "" : " ").append(t);
                    }
                }
                out.paragraph("[" + label + " " + number + "] " + oneLine(text.toString()));
            }
        }
    }

    /**
     * A paragraph's text as it reads. Unlike {@link XWPFParagraph#getText()} this does not append
     * the text of its footnotes (they follow the body) and skips runs deleted under track changes.
     */
    static String runText(XWPFParagraph p) {
        StringBuilder out = new StringBuilder();
        for (IRunElement run : p.getIRuns()) {
            if (run instanceof XWPFRun r) {
                if (r.getCTR().sizeOfDelTextArray() == 0) {
                    out.append(r.text());
                }
            } else if (run instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            } else {
                out.append(run);
            }
        }
        return out.toString();
    }

    /** Paragraphs inside text boxes anchored in {@code p}; Word stores each box twice (DrawingML and VML). */
    static List<String> textBoxes(XWPFParagraph p) {
        List<String> boxes = new ArrayList<>();
        XmlObject[] contents = p.getCTP().selectPath("declare namespace w='" + W_NS + "' .//w:txbxContent");
        for (XmlObject content : contents) {
            List<String> lines = new ArrayList<>();
            for (XmlObject para : content.selectPath("declare namespace w='" + W_NS + "' ./w:p")) {
                StringBuilder line = new StringBuilder();
                for (XmlObject t : para.selectPath("declare namespace w='" + W_NS + "' .//w:t")) {
                    try (XmlCursor cursor = t.newCursor()) {
                        line.append(cursor.getTextValue());
                    }
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
            }
            String t = oneLine(String.join(" ", lines));
            if (!t.isBlank() && !boxes.contains(t)) {
                boxes.add(t);
            }
        }
        return boxes;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
