package org.quire.imports.review;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.quire.imports.SafeZip;
import org.quire.model.QuireException;
import org.quire.model.ReviewAnchor;

/**
 * A Word report commented in Word or LibreOffice Writer. Both keep a comment's text in
 * {@code word/comments.xml} and mark the words it is on with {@code commentRangeStart}/{@code End}
 * in {@code word/document.xml}; the report marks each theme, definition, narrative, code,
 * quotation and checklist answer with a bookmark whose name says what it is
 * ({@link ReviewAnchor#bookmark}). A comment belongs to the innermost bookmark open where its range
 * starts (or, if it starts outside every bookmark, the first one that opens inside its range), and
 * keeps the words of its range.
 */
final class WordReview {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordReview() {
    }

    /** A Word comment as comments.xml holds it. */
    private record WordComment(String author, Instant date, String text) {
    }

    /** Where a comment sits in the document, and the words of its range. */
    private static final class Placement {
        ReviewAnchor anchor;
        final StringBuilder words = new StringBuilder();
        boolean open = true;
    }

    static ReviewFile read(SafeZip zip, String name) throws IOException {
        Map<String, String> props = zip.names().contains("docProps/custom.xml")
                ? CustomProperties.read(zip.open("docProps/custom.xml")) : Map.of();
        Map<String, WordComment> comments = zip.names().contains("word/comments.xml")
                ? comments(zip.open("word/comments.xml"), name) : Map.of();
        Map<String, Placement> placed = new LinkedHashMap<>();
        int anchors = place(zip.open("word/document.xml"), placed, name);
        if (anchors == 0) {
            throw new QuireException("Cannot import the review " + name + ": the document has no Quire anchors (it"
                    + " was not exported by Quire as a report, or its bookmarks were removed)");
        }
        List<ReviewFile.Comment> out = new ArrayList<>();
        for (Map.Entry<String, WordComment> e : comments.entrySet()) {
            Placement p = placed.get(e.getKey());
            WordComment c = e.getValue();
            if (p == null || p.anchor == null || c.text().isBlank()) {
                continue;
            }
            out.add(new ReviewFile.Comment(p.anchor, "", c.author().isBlank() ? "Reviewer" : c.author(), c.date(),
                    c.text().strip(), p.words.toString().strip()));
        }
        return new ReviewFile("word", props.getOrDefault(CustomProperties.PROJECT, ""),
                props.getOrDefault(CustomProperties.TITLE, ""), out);
    }

    private static Map<String, WordComment> comments(InputStream in, String name) throws IOException {
        Map<String, WordComment> out = new LinkedHashMap<>();
        try (in) {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            String id = null;
            String author = "";
            Instant date = null;
            StringBuilder text = null;
            boolean paragraph = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "comment" -> {
                            id = r.getAttributeValue(W, "id");
                            author = orEmpty(r.getAttributeValue(W, "author"));
                            date = date(r.getAttributeValue(W, "date"));
                            text = new StringBuilder();
                        }
                        case "p" -> {
                            if (text != null && paragraph) {
                                text.append('\n');
                            }
                            paragraph = true;
                        }
                        case "t" -> {
                            if (text != null) {
                                text.append(r.getElementText());
                            }
                        }
                        case "tab" -> append(text, "\t");
                        case "br" -> append(text, "\n");
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())
                        && "comment".equals(r.getLocalName()) && id != null) {
                    out.put(id, new WordComment(author, date, text.toString()));
                    id = null;
                    text = null;
                    paragraph = false;
                }
            }
        } catch (XMLStreamException e) {
            throw new QuireException("Cannot import the review " + name + ": its comments cannot be read (damaged?): "
                    + e.getMessage(), e);
        }
        return out;
    }

    /** Walks the body in order; returns how many Quire bookmarks it has. */
    private static int place(InputStream in, Map<String, Placement> placed, String name) throws IOException {
        int anchors = 0;
        // Open Quire bookmarks by their Word id, innermost last.
        Map<String, ReviewAnchor> open = new LinkedHashMap<>();
        Map<String, Placement> unplaced = new HashMap<>();
        try (in) {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT || !W.equals(r.getNamespaceURI())) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "bookmarkStart" -> {
                        ReviewAnchor a = ReviewAnchor.fromBookmark(r.getAttributeValue(W, "name"));
                        if (a != null) {
                            anchors++;
                            open.put(r.getAttributeValue(W, "id"), a);
                            // A comment begun just before this bookmark belongs to it.
                            unplaced.values().forEach(p -> p.anchor = a);
                            unplaced.clear();
                        }
                    }
                    case "bookmarkEnd" -> open.remove(r.getAttributeValue(W, "id"));
                    case "commentRangeStart" -> {
                        Placement p = new Placement();
                        p.anchor = innermost(open);
                        String id = r.getAttributeValue(W, "id");
                        placed.put(id, p);
                        if (p.anchor == null) {
                            unplaced.put(id, p);
                        }
                    }
                    case "commentRangeEnd" -> {
                        String id = r.getAttributeValue(W, "id");
                        Placement p = placed.get(id);
                        if (p != null) {
                            p.open = false;
                        }
                        unplaced.remove(id);
                    }
                    case "commentReference" -> {
                        // A comment on a point rather than a range.
                        String id = r.getAttributeValue(W, "id");
                        placed.computeIfAbsent(id, k -> {
                            Placement p = new Placement();
                            p.anchor = innermost(open);
                            p.open = false;
                            return p;
                        });
                    }
                    case "t" -> {
                        String t = r.getElementText();
                        placed.values().stream().filter(p -> p.open).forEach(p -> p.words.append(t));
                    }
                    case "tab" -> placed.values().stream().filter(p -> p.open).forEach(p -> p.words.append('\t'));
                    case "p" -> placed.values().stream().filter(p -> p.open && !p.words.isEmpty())
                            .forEach(p -> p.words.append('\n'));
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new QuireException("Cannot import the review " + name + ": the document cannot be read (damaged?): "
                    + e.getMessage(), e);
        }
        return anchors;
    }

    private static ReviewAnchor innermost(Map<String, ReviewAnchor> open) {
        ReviewAnchor last = null;
        for (ReviewAnchor a : open.values()) {
            last = a;
        }
        return last;
    }

    private static void append(StringBuilder b, String s) {
        if (b != null) {
            b.append(s);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static Instant date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                // LibreOffice writes local time without a zone, e.g. 2027-03-12T10:15:00.
                return java.time.LocalDateTime.parse(s).atZone(java.time.ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read: " + systemId);
        });
        return factory;
    }
}
