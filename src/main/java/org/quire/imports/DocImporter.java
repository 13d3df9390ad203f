package org.quire.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Word 97–2003 documents (.doc). Paragraphs in order, list items with their bullet or number,
 * table rows one paragraph each, then footnotes, endnotes and comments marked as for .docx files.
 * Field codes are dropped and their results kept. Headers, footers, text boxes, images and
 * formatting are not kept.
 */
public final class DocImporter implements Importer {
    private static final int LEVELS = 9;

    @Override
    public String format() {
        return "doc";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("doc", "dot");
    }

    @Override
    public boolean recognises(byte[] head) {
        return false;
    }

    @Override
    public boolean recognises(Path file, byte[] head) throws IOException {
        return FileSignature.OLE2.matches(head) && ContainerProbe.of(file, head) == ContainerProbe.Kind.DOC;
    }

    @Override
    public ImportedText read(Path file, ImportLimits limits) throws IOException {
        return ImportFailures.guard(file, () -> {
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                 HWPFDocument doc = new HWPFDocument(fs)) {
                TextBuilder out = new TextBuilder(limits.maxTextChars());
                body(doc.getRange(), out);
                WordExtractor extractor = new WordExtractor(doc);
                notes(out, "Footnote", extractor.getFootnoteText());
                notes(out, "Endnote", extractor.getEndnoteText());
                for (String comment : extractor.getCommentsText()) {
                    String text = DocxImporter.oneLine(clean(comment));
                    if (!text.isBlank()) {
                        out.paragraph("[Comment] " + text);
                    }
                }
                if (out.length() == 0) {
                    throw new ImportException(file, "the document has no text in it");
                }
                String title = doc.getSummaryInformation() == null ? null : doc.getSummaryInformation().getTitle();
                return out.build(title == null || title.isBlank() ? null : title.strip(), "doc", null);
            }
        });
    }

    private static void body(Range range, TextBuilder out) {
        Map<Integer, int[]> counters = new HashMap<>();
        int[] noteMarks = {0};
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            String raw = noteMarks(p.text(), noteMarks);
            if (p.isInTable()) {
                if (p.isTableRowEnd()) {
                    out.paragraph(String.join(DocxImporter.CELL_SEPARATOR, cells));
                    cells.clear();
                    cell.setLength(0);
                    continue;
                }
                // Why: a cell's last paragraph ends with the cell mark (U+0007) instead of a paragraph mark.
                boolean cellEnd = raw.endsWith("\u0007");
                cell.append(cell.isEmpty() ? "" : " ").append(clean(raw).strip());
                if (cellEnd) {
                    cells.add(DocxImporter.oneLine(cell.toString()));
                    cell.setLength(0);
                }
                continue;
            }
            String text = clean(raw);
            if (!text.isBlank()) {
                out.paragraph(listPrefix(p, counters) + text);
            }
        }
        if (!cells.isEmpty()) {
            out.paragraph(String.join(DocxImporter.CELL_SEPARATOR, cells));
        }
    }

    /** Word marks an automatically numbered note reference with U+0002; a reader sees its number. */
    private static String noteMarks(String text, int[] count) {
        if (text.indexOf('\u0002') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\u0002') {
                sb.append('[').append(++count[0]).append(']');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Word's number text uses characters 0–8 as placeholders for the level counters. */
    private static String listPrefix(Paragraph p, Map<Integer, int[]> counters) {
        if (!p.isInList()) {
            return "";
        }
        try {
            HWPFList list = p.getList();
            char level = (char) Math.min(Math.max(p.getIlvl(), 0), LEVELS - 1);
            if (list.getNumberFormat(level) == 23) {
                return "• ";
            }
            int[] count = counters.computeIfAbsent(p.getIlfo(), k -> new int[LEVELS]);
            count[level] = count[level] == 0 ? list.getStartAt(level) : count[level] + 1;
            for (int deeper = level + 1; deeper < LEVELS; deeper++) {
                count[deeper] = 0;
            }
            String template = list.getNumberText(level);
            StringBuilder prefix = new StringBuilder();
            for (char c : template.toCharArray()) {
                if (c < LEVELS) {
                    prefix.append(ListNumbering.format(Math.max(count[c], 1), wordFormat(list.getNumberFormat(c))));
                } else {
                    prefix.append(c);
                }
            }
            return prefix.isEmpty() ? "" : prefix + " ";
        } catch (RuntimeException damagedListTable) {
            // A damaged list table costs the number, not the paragraph.
            return "• ";
        }
    }

    private static String wordFormat(int nfc) {
        return switch (nfc) {
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            default -> "decimal";
        };
    }

    private static void notes(TextBuilder out, String label, String[] notes) {
        int n = 0;
        for (String note : notes) {
            String text = DocxImporter.oneLine(clean(note));
            if (!text.isBlank()) {
                out.paragraph("[" + label + " " + ++n + "] " + text);
            }
        }
    }

    /** Drops field codes (keeping their results) and Word's control characters. */
    static String clean(String raw) {
        String text = WordExtractor.stripFields(raw);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u000B' -> sb.append('\n');
                case '\t', '\n' -> sb.append(c);
                case '\r', '\u0007', '\u000C' -> sb.append(' ');
                case '\u001E' -> sb.append('\u2011');
                case '\u001F' -> {
                }
                default -> {
                    if (c >= 0x20) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString().strip();
    }
}
