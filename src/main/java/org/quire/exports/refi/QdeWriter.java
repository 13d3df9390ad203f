package org.quire.exports.refi;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code project.qde} and code book files: elements in the order the schemas' sequences
 * require, no empty containers, GUIDs as given, positions converted from UTF-16 units to the
 * chosen convention per source.
 */
final class QdeWriter {
    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String PROJECT_LOCATION = PROJECT_NS
            + " http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd";
    private static final String CODEBOOK_LOCATION = CODEBOOK_NS
            + " http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd";

    private final XMLStreamWriter w;
    private final String ns;
    private int depth;

    private QdeWriter(OutputStream out, String ns) throws XMLStreamException {
        this.w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        this.ns = ns;
    }

    /** Writes the project file for {@code p}; {@code textPath} names each source's text file in the archive. */
    static void project(OutputStream out, RefiData.Project p, RefiExportOptions options) throws XMLStreamException {
        QdeWriter x = new QdeWriter(out, PROJECT_NS);
        x.w.writeStartDocument("UTF-8", "1.0");
        x.root("Project", PROJECT_LOCATION);
        x.attr("name", p.name());
        x.attr("origin", p.origin());
        x.attr("creatingUserGUID", p.creatingUser());
        x.attr("creationDateTime", p.created());
        x.attr("modifiedDateTime", p.modified());
        if (!p.users().isEmpty()) {
            x.start("Users");
            for (RefiData.User u : p.users()) {
                x.start("User");
                x.attr("guid", u.guid());
                x.attr("name", u.name());
                x.end();
            }
            x.end();
        }
        if (!p.codes().isEmpty()) {
            x.start("CodeBook");
            x.codes(p.codes(), true);
            x.end();
        }
        if (!p.variables().isEmpty()) {
            x.start("Variables");
            for (RefiData.Variable v : p.variables()) {
                x.start("Variable");
                x.attr("guid", v.guid());
                x.attr("name", v.name());
                x.attr("typeOfVariable", v.type());
                x.element("Description", v.description());
                x.end();
            }
            x.end();
        }
        if (!p.cases().isEmpty()) {
            x.start("Cases");
            for (RefiData.Case c : p.cases()) {
                x.start("Case");
                x.attr("guid", c.guid());
                x.attr("name", c.name());
                x.element("Description", c.description());
                x.values(c.values());
                x.refs("SourceRef", c.sourceRefs());
                x.refs("SelectionRef", c.selectionRefs());
                x.end();
            }
            x.end();
        }
        if (!p.sources().isEmpty()) {
            x.start("Sources");
            for (RefiData.Source s : p.sources()) {
                x.source(s, options);
            }
            x.end();
        }
        if (!p.notes().isEmpty()) {
            x.start("Notes");
            for (RefiData.Note n : p.notes()) {
                x.start("Note");
                x.attr("guid", n.guid());
                x.attr("name", n.name());
                x.attr("creatingUser", n.creatingUser());
                x.attr("creationDateTime", n.created());
                x.element("PlainTextContent", n.text());
                x.end();
            }
            x.end();
        }
        if (!p.sets().isEmpty()) {
            x.start("Sets");
            for (RefiData.Set s : p.sets()) {
                x.set(s, "targetGUID");
            }
            x.end();
        }
        if (!p.graphs().isEmpty()) {
            x.start("Graphs");
            for (RefiData.Graph g : p.graphs()) {
                x.graph(g);
            }
            x.end();
        }
        x.refs("NoteRef", p.noteRefs());
        x.finish();
    }

    /** Writes a code book file: codes (without notes, which that schema has no place for) and sets. */
    static void codeBook(OutputStream out, String origin, List<RefiData.Code> codes, List<RefiData.Set> sets)
            throws XMLStreamException {
        QdeWriter x = new QdeWriter(out, CODEBOOK_NS);
        x.w.writeStartDocument("UTF-8", "1.0");
        x.root("CodeBook", CODEBOOK_LOCATION);
        x.attr("origin", origin);
        x.codes(codes, false);
        if (!sets.isEmpty()) {
            x.start("Sets");
            for (RefiData.Set s : sets) {
                x.set(s, "guid");
            }
            x.end();
        }
        x.finish();
    }

    private void root(String name, String location) throws XMLStreamException {
        w.writeCharacters("\n");
        w.setDefaultNamespace(ns);
        w.writeStartElement(ns, name);
        w.writeDefaultNamespace(ns);
        w.writeNamespace("xsi", XSI);
        w.writeAttribute(XSI, "schemaLocation", location);
        depth = 1;
    }

    private void finish() throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    private void codes(List<RefiData.Code> codes, boolean withNotes) throws XMLStreamException {
        if (codes.isEmpty()) {
            return;
        }
        start("Codes");
        for (RefiData.Code c : codes) {
            code(c, withNotes);
        }
        end();
    }

    private void code(RefiData.Code c, boolean withNotes) throws XMLStreamException {
        start("Code");
        attr("guid", c.guid());
        attr("name", c.name());
        attr("isCodable", String.valueOf(c.codable()));
        attr("color", c.color());
        element("Description", c.description());
        if (withNotes) {
            refs("NoteRef", c.noteRefs());
        }
        for (RefiData.Code child : c.children()) {
            code(child, withNotes);
        }
        end();
    }

    private void source(RefiData.Source s, RefiExportOptions options) throws XMLStreamException {
        Positions positions = Positions.of(s.text(), options);
        String textFile = "internal://" + QdpxWriter.textFileName(s);
        if (s.kind() == RefiData.Kind.PDF) {
            start("PDFSource");
            sourceAttributes(s);
            attr("path", "internal://" + QdpxWriter.originalFileName(s));
            start("Representation");
            attr("guid", s.representationGuid());
            attr("name", s.name());
            attr("plainTextPath", textFile);
            selections(s.selections(), positions);
            end();
        } else {
            start("TextSource");
            sourceAttributes(s);
            if (s.kind() == RefiData.Kind.DOCX) {
                attr("richTextPath", "internal://" + QdpxWriter.originalFileName(s));
            }
            attr("plainTextPath", textFile);
            selections(s.selections(), positions);
        }
        for (RefiData.Coding c : s.codings()) {
            coding(c);
        }
        refs("NoteRef", s.noteRefs());
        values(s.values());
        end();
    }

    private void sourceAttributes(RefiData.Source s) throws XMLStreamException {
        attr("guid", s.guid());
        attr("name", s.name());
        attr("creatingUser", s.creatingUser());
        attr("creationDateTime", s.created());
    }

    private void selections(List<RefiData.Selection> selections, Positions positions) throws XMLStreamException {
        for (RefiData.Selection sel : selections) {
            start("PlainTextSelection");
            attr("guid", sel.guid());
            attr("startPosition", String.valueOf(positions.of(sel.start())));
            attr("endPosition", String.valueOf(positions.of(sel.end())));
            attr("creatingUser", sel.creatingUser());
            attr("creationDateTime", sel.created());
            for (RefiData.Coding c : sel.codings()) {
                coding(c);
            }
            refs("NoteRef", sel.noteRefs());
            end();
        }
    }

    private void coding(RefiData.Coding c) throws XMLStreamException {
        start("Coding");
        attr("guid", c.guid());
        attr("creatingUser", c.creatingUser());
        attr("creationDateTime", c.created());
        start("CodeRef");
        attr("targetGUID", c.codeGuid());
        end();
        end();
    }

    private void values(List<RefiData.Value> values) throws XMLStreamException {
        for (RefiData.Value v : values) {
            start("VariableValue");
            start("VariableRef");
            attr("targetGUID", v.variableGuid());
            end();
            String element = switch (v.type()) {
                case "Boolean" -> "BooleanValue";
                case "Integer" -> "IntegerValue";
                case "Float" -> "FloatValue";
                case "Date" -> "DateValue";
                case "DateTime" -> "DateTimeValue";
                default -> "TextValue";
            };
            start(element);
            w.writeCharacters(clean(v.value()));
            w.writeEndElement();
            depth--;
            end();
        }
    }

    private void set(RefiData.Set s, String memberAttribute) throws XMLStreamException {
        start("Set");
        attr("guid", s.guid());
        attr("name", s.name());
        element("Description", s.description());
        for (String member : s.memberCodes()) {
            start("MemberCode");
            attr(memberAttribute, member);
            end();
        }
        for (String member : s.memberSources()) {
            start("MemberSource");
            attr(memberAttribute, member);
            end();
        }
        end();
    }

    private void graph(RefiData.Graph g) throws XMLStreamException {
        start("Graph");
        attr("guid", g.guid());
        attr("name", g.name());
        for (RefiData.Vertex v : g.vertices()) {
            start("Vertex");
            attr("guid", v.guid());
            attr("representedGUID", v.representedGuid());
            attr("name", v.name());
            attr("firstX", String.valueOf(v.x()));
            attr("firstY", String.valueOf(v.y()));
            attr("shape", "RoundedRectangle");
            attr("color", v.color());
            end();
        }
        for (RefiData.Edge e : g.edges()) {
            start("Edge");
            attr("guid", e.guid());
            attr("sourceVertex", e.sourceVertex());
            attr("targetVertex", e.targetVertex());
            attr("direction", "OneWay");
            end();
        }
        end();
    }

    private void refs(String element, List<String> guids) throws XMLStreamException {
        for (String g : guids) {
            start(element);
            attr("targetGUID", g);
            end();
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        start(name);
        w.writeCharacters(clean(text));
        w.writeEndElement();
        depth--;
    }

    // Why the newlines: a person opening project.qde can read it; whitespace between elements is allowed.
    private void start(String name) throws XMLStreamException {
        w.writeCharacters("\n" + " ".repeat(depth));
        w.writeStartElement(ns, name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        w.writeEndElement();
    }

    private void attr(String name, String value) throws XMLStreamException {
        if (value != null) {
            w.writeAttribute(name, clean(value));
        }
    }

    private void attr(String name, Instant value) throws XMLStreamException {
        if (value != null) {
            w.writeAttribute(name, value.toString());
        }
    }

    /** XML 1.0 cannot carry most control characters; they become U+FFFD rather than break the file. */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF'
                    || (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
            if (bad && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(bad ? '\uFFFD' : c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Converts UTF-16 positions of a normalised text to the written convention. */
    static final class Positions {
        private final int[] codePoints;

        private Positions(int[] codePoints) {
            this.codePoints = codePoints;
        }

        static Positions of(String text, RefiExportOptions options) {
            if (options.utf16Offsets()) {
                return new Positions(null);
            }
            boolean astral = false;
            for (int i = 0; i < text.length() && !astral; i++) {
                astral = Character.isSurrogate(text.charAt(i));
            }
            if (!astral) {
                return new Positions(null);
            }
            int[] cp = new int[text.length() + 1];
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                cp[i] = count;
                if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                    count++;
                }
            }
            cp[text.length()] = count;
            return new Positions(cp);
        }

        int of(int utf16) {
            return codePoints == null ? utf16 : codePoints[utf16];
        }
    }
}
