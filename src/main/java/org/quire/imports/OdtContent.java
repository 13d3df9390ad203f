package org.quire.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The walk over an OpenDocument content.xml. Paragraphs can nest (a footnote, a comment or a text
 * box sits inside the paragraph that anchors it), so paragraphs and their containers are stacks.
 */
final class OdtContent {
    /** Where finished paragraphs go. */
    private enum Kind { BODY, CELL, NOTE, COMMENT, TEXT_BOX }

    private static final class Container {
        final Kind kind;
        final List<String> paragraphs = new ArrayList<>();
        String label = "";

        Container(Kind kind) {
            this.kind = kind;
        }

        String joined() {
            return DocxImporter.oneLine(String.join(" ", paragraphs));
        }
    }

    /** A list-level style: a bullet, or a number with its format, prefix and suffix. */
    private record ListLevel(boolean numbered, String format, String prefix, String suffix) {
    }

    private final TextBuilder out;
    private final Deque<Container> containers = new ArrayDeque<>();
    private final Deque<StringBuilder> paragraphs = new ArrayDeque<>();
    /** For each open paragraph, how many containers were open when it started. */
    private final Deque<Integer> paragraphDepths = new ArrayDeque<>();
    private final Deque<String> listStyles = new ArrayDeque<>();
    private final Deque<int[]> listCounters = new ArrayDeque<>();
    private final Map<String, Map<Integer, ListLevel>> listLevels = new HashMap<>();
    private final List<String> textBoxes = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();
    private List<String> row;
    private String pendingListPrefix = "";
    private String currentListStyle;
    private boolean collapsedSpace;
    private boolean inBody;
    private int nestedTables;
    private int footnotes;
    private int endnotes;

    OdtContent(TextBuilder out) {
        this.out = out;
        containers.push(new Container(Kind.BODY));
    }

    /** Reads the list styles of styles.xml, which content.xml's lists may refer to. */
    void readStyles(XMLStreamReader r) throws XMLStreamException {
        scan(r);
    }

    void read(XMLStreamReader r) throws XMLStreamException {
        scan(r);
        for (String note : notes) {
            out.paragraph(note);
        }
        for (String comment : comments) {
            out.paragraph(comment);
        }
    }

    private void scan(XMLStreamReader r) throws XMLStreamException {
        int depth = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (++depth > 2_000) {
                    throw new XMLStreamException("elements nested more than 2,000 deep");
                }
                if (start(r)) {
                    // start() read the element through its end tag.
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                end(r.getNamespaceURI(), r.getLocalName());
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && inBody && !paragraphs.isEmpty()) {
                characters(r.getText());
            }
        }
    }

    /** Handles a start tag; true when it consumed the element up to its end tag. */
    private boolean start(XMLStreamReader r) throws XMLStreamException {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (OdtImporter.OFFICE_NS.equals(ns) && name.equals("body")) {
            inBody = true;
        } else if (OdtImporter.TEXT_NS.equals(ns) && name.equals("list-style")) {
            currentListStyle = attr(r, OdtImporter.STYLE_NS, "name");
        } else if (OdtImporter.TEXT_NS.equals(ns) && currentListStyle != null
                && (name.equals("list-level-style-number") || name.equals("list-level-style-bullet"))) {
            listLevel(r, name.equals("list-level-style-number"));
        }
        if (!inBody) {
            return false;
        }
        if (OdtImporter.TEXT_NS.equals(ns)) {
            return textElement(r, name);
        } else if (OdtImporter.TABLE_NS.equals(ns)) {
            if (name.equals("table") && containers.peek().kind == Kind.CELL) {
                nestedTables++;
            } else if (nestedTables > 0) {
                return false;
            } else if (name.equals("table-row")) {
                row = new ArrayList<>();
            } else if (name.equals("table-cell") && row != null) {
                containers.push(new Container(Kind.CELL));
            }
        } else if (OdtImporter.DRAW_NS.equals(ns) && name.equals("text-box")) {
            containers.push(new Container(Kind.TEXT_BOX));
        } else if (OdtImporter.OFFICE_NS.equals(ns) && name.equals("annotation")) {
            containers.push(new Container(Kind.COMMENT));
        } else if (OdtImporter.DC_NS.equals(ns) && name.equals("creator")
                && containers.peek().kind == Kind.COMMENT) {
            containers.peek().label = r.getElementText().strip();
            return true;
        } else if (OdtImporter.DC_NS.equals(ns) || OdtImporter.OFFICE_NS.equals(ns)
                && name.equals("annotation-end")) {
            skip(r);
            return true;
        } else if ("http://www.w3.org/2000/svg".equals(ns)
                || "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0".equals(ns)) {
            // Alt text of drawings: not part of what a reader sees on the page.
            skip(r);
            return true;
        }
        return false;
    }

    private boolean textElement(XMLStreamReader r, String name) throws XMLStreamException {
        switch (name) {
            case "p", "h" -> {
                paragraphs.push(new StringBuilder());
                paragraphDepths.push(containers.size());
                collapsedSpace = true;
            }
            case "s" -> {
                String c = attr(r, OdtImporter.TEXT_NS, "c");
                append(" ".repeat(c == null ? 1 : Math.min(Math.max(parse(c), 1), 1000)));
            }
            case "tab" -> append("\t");
            case "line-break" -> append("\n");
            case "list" -> {
                String style = attr(r, OdtImporter.TEXT_NS, "style-name");
                listStyles.push(style != null ? style : listStyles.isEmpty() ? "" : listStyles.peek());
                listCounters.push(new int[1]);
            }
            case "list-item" -> {
                int level = listStyles.size();
                int[] counter = listCounters.peek();
                if (counter != null) {
                    counter[0]++;
                    pendingListPrefix = listPrefix(listStyles.peek(), level, counter[0]);
                }
            }
            case "note" -> {
                boolean endnote = "endnote".equals(attr(r, OdtImporter.TEXT_NS, "note-class"));
                Container note = new Container(Kind.NOTE);
                note.label = endnote ? "Endnote " + ++endnotes : "Footnote " + ++footnotes;
                containers.push(note);
            }
            case "note-citation" -> {
                String citation = r.getElementText().strip();
                Container note = containers.peek();
                // The citation is what the reader sees in the running text.
                if (note.kind == Kind.NOTE && paragraphs.peek() != null) {
                    note.label = note.label.split(" ")[0] + " " + citation;
                    paragraphs.peek().append('[').append(citation).append(']');
                    collapsedSpace = false;
                }
                return true;
            }
            case "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls" -> {
                skip(r);
                return true;
            }
            default -> {
            }
        }
        return false;
    }

    private void end(String ns, String name) {
        if (!inBody) {
            if (OdtImporter.TEXT_NS.equals(ns) && name.equals("list-style")) {
                currentListStyle = null;
            }
            return;
        }
        if (OdtImporter.TEXT_NS.equals(ns)) {
            switch (name) {
                case "p", "h" -> endParagraph();
                case "list" -> {
                    listStyles.pop();
                    listCounters.pop();
                }
                case "note" -> {
                    Container note = containers.pop();
                    notes.add("[" + note.label + "] " + note.joined());
                }
                default -> {
                }
            }
        } else if (OdtImporter.TABLE_NS.equals(ns)) {
            if (nestedTables > 0) {
                if (name.equals("table")) {
                    nestedTables--;
                }
            } else if (name.equals("table-cell") && containers.peek().kind == Kind.CELL && row != null) {
                row.add(containers.pop().joined());
            } else if (name.equals("table-row") && row != null) {
                out.paragraph(String.join(DocxImporter.CELL_SEPARATOR, row));
                row = null;
            }
        } else if (OdtImporter.DRAW_NS.equals(ns) && name.equals("text-box")) {
            String box = containers.pop().joined();
            if (!box.isBlank()) {
                textBoxes.add(box);
            }
        } else if (OdtImporter.OFFICE_NS.equals(ns) && name.equals("annotation")) {
            Container comment = containers.pop();
            comments.add("[Comment" + (comment.label.isEmpty() ? "" : " by " + comment.label) + "] " + comment.joined());
        } else if (OdtImporter.OFFICE_NS.equals(ns) && name.equals("body")) {
            inBody = false;
        }
    }

    private void endParagraph() {
        String text = paragraphs.pop().toString();
        paragraphDepths.pop();
        StringBuilder outer = paragraphs.peek();
        // The outer paragraph resumes after a note or comment: its last space decides collapsing.
        collapsedSpace = outer == null || outer.isEmpty() || outer.charAt(outer.length() - 1) == ' ';
        Container container = containers.peek();
        if (container.kind == Kind.BODY) {
            if (!text.isBlank()) {
                out.paragraph(pendingListPrefix + text);
                pendingListPrefix = "";
            }
            if (paragraphs.isEmpty()) {
                for (String box : textBoxes) {
                    out.paragraph(box);
                }
                textBoxes.clear();
            }
        } else if (!text.isBlank()) {
            container.paragraphs.add(pendingListPrefix + text.strip());
            pendingListPrefix = "";
        }
    }

    /** ODF collapses runs of white space in paragraph text, as HTML does; text:s adds real spaces. */
    private void characters(String text) {
        if (paragraphDepths.peek() != containers.size()) {
            // Layout white space between a note's or comment's parts, not text of the paragraph.
            return;
        }
        StringBuilder p = paragraphs.peek();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (!collapsedSpace) {
                    p.append(' ');
                    collapsedSpace = true;
                }
            } else {
                p.append(c);
                collapsedSpace = false;
            }
        }
    }

    private void append(String s) {
        if (!paragraphs.isEmpty()) {
            paragraphs.peek().append(s);
            collapsedSpace = false;
        }
    }

    private void listLevel(XMLStreamReader r, boolean numbered) {
        int level = parse(attr(r, OdtImporter.TEXT_NS, "level"));
        String format = attr(r, OdtImporter.STYLE_NS, "num-format");
        String prefix = attr(r, OdtImporter.STYLE_NS, "num-prefix");
        String suffix = attr(r, OdtImporter.STYLE_NS, "num-suffix");
        listLevels.computeIfAbsent(currentListStyle, k -> new HashMap<>()).put(level, new ListLevel(numbered,
                format == null ? "1" : format, prefix == null ? "" : prefix, suffix == null ? "" : suffix));
    }

    private String listPrefix(String style, int level, int n) {
        ListLevel lvl = listLevels.getOrDefault(style, Map.of()).get(level);
        if (lvl == null || !lvl.numbered()) {
            return "• ";
        }
        if (lvl.format().isEmpty()) {
            return "";
        }
        String number = switch (lvl.format()) {
            case "a" -> ListNumbering.format(n, "lowerLetter");
            case "A" -> ListNumbering.format(n, "upperLetter");
            case "i" -> ListNumbering.format(n, "lowerRoman");
            case "I" -> ListNumbering.format(n, "upperRoman");
            default -> Integer.toString(n);
        };
        return lvl.prefix() + number + lvl.suffix() + " ";
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String attr(XMLStreamReader r, String ns, String name) {
        return r.getAttributeValue(ns, name);
    }

    private static int parse(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
