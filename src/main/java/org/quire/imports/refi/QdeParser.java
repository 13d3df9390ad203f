package org.quire.imports.refi;

import static org.quire.imports.refi.RefiXml.attr;
import static org.quire.imports.refi.RefiXml.child;
import static org.quire.imports.refi.RefiXml.children;
import static org.quire.imports.refi.RefiXml.text;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Turns a (namespace-normalised) REFI-QDA DOM into {@link Qde} records, leniently: a missing or
 * malformed GUID gets a fresh one, colours in other notations are converted, and every such repair
 * is noted in {@link #warnings()}.
 */
final class QdeParser {
    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");
    private static final Pattern RGB = Pattern.compile(
            "rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*(,[^)]*)?\\)", Pattern.CASE_INSENSITIVE);
    private static final List<String> VALUE_ELEMENTS = List.of("TextValue", "BooleanValue", "IntegerValue",
            "FloatValue", "DateValue", "DateTimeValue");
    /** The deepest code tree read; real ones are a handful of levels deep. */
    static final int MAX_CODE_DEPTH = 100;
    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("Code", "code"),
            Map.entry("TextSource", "source"), Map.entry("PDFSource", "source"), Map.entry("PictureSource", "source"),
            Map.entry("AudioSource", "source"), Map.entry("VideoSource", "source"),
            Map.entry("Representation", "PDF text"), Map.entry("TextDescription", "picture text"),
            Map.entry("PlainTextSelection", "selection"), Map.entry("Coding", "coding"), Map.entry("Note", "note"),
            Map.entry("User", "user"), Map.entry("Case", "case"), Map.entry("Variable", "variable"),
            Map.entry("Set", "set"), Map.entry("Link", "link"), Map.entry("Graph", "graph"));

    /** A code tree deeper than {@link #MAX_CODE_DEPTH}; the message says how deep. */
    static final class TooDeepException extends RuntimeException {
        TooDeepException(String message) {
            super(message);
        }
    }

    private final List<String> warnings = new ArrayList<>();
    /** The first element seen with each GUID; the elements that repeat one are in {@link #repeats}. */
    private final Map<String, Element> firstHolder = new HashMap<>();
    private final Map<String, List<Element>> repeats = new LinkedHashMap<>();
    private int repairedGuids;
    private int repairedColors;

    List<String> warnings() {
        List<String> all = new ArrayList<>(warnings);
        if (repairedGuids > 0) {
            all.add(repairedGuids + " elements had a missing or malformed GUID and were given a new one");
        }
        return all;
    }

    Qde.Project project(Element root) {
        Element book = child(root, "CodeBook");
        List<Qde.User> users = new ArrayList<>();
        for (Element u : children(child(root, "Users"), "User")) {
            users.add(new Qde.User(guid(u, "guid"), attr(u, "name"), attr(u, "id")));
        }
        List<Qde.Variable> variables = new ArrayList<>();
        for (Element v : children(child(root, "Variables"), "Variable")) {
            variables.add(new Qde.Variable(guid(v, "guid"), attr(v, "name"), attr(v, "typeOfVariable"),
                    text(child(v, "Description"))));
        }
        List<Qde.Case> cases = new ArrayList<>();
        for (Element c : children(child(root, "Cases"), "Case")) {
            cases.add(new Qde.Case(guid(c, "guid"), attr(c, "name"), text(child(c, "Description")),
                    refs(c, "CodeRef"), values(c), refs(c, "SourceRef"), refs(c, "SelectionRef")));
        }
        List<Qde.Source> sources = new ArrayList<>();
        Element sourcesElement = child(root, "Sources");
        if (sourcesElement != null) {
            for (org.w3c.dom.Node n = sourcesElement.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    Qde.Source s = source(e);
                    if (s != null) {
                        sources.add(s);
                    }
                }
            }
        }
        List<Qde.Note> notes = new ArrayList<>();
        for (Element n : children(child(root, "Notes"), "Note")) {
            notes.add(new Qde.Note(guid(n, "guid"), attr(n, "name"), text(child(n, "PlainTextContent")),
                    attr(n, "plainTextPath"), text(child(n, "Description")), ref(n, "creatingUser"),
                    instant(attr(n, "creationDateTime")), selections(n)));
        }
        List<Qde.Link> links = new ArrayList<>();
        for (Element l : children(child(root, "Links"), "Link")) {
            links.add(new Qde.Link(guid(l, "guid"), attr(l, "name"), ref(l, "originGUID"), ref(l, "targetGUID"),
                    refs(l, "NoteRef")));
        }
        List<Qde.Graph> graphs = new ArrayList<>();
        for (Element g : children(child(root, "Graphs"), "Graph")) {
            graphs.add(new Qde.Graph(guid(g, "guid"), attr(g, "name"), children(g, "Vertex").size(),
                    children(g, "Edge").size()));
        }
        String name = attr(root, "name");
        List<Qde.Code> codes = codes(child(book, "Codes"));
        List<Qde.Set> sets = sets(child(root, "Sets"), "targetGUID");
        return new Qde.Project(name == null || name.isBlank() ? "Imported project" : name.strip(),
                attr(root, "origin"), attr(root, "basePath"), instant(attr(root, "creationDateTime")),
                ref(root, "creatingUserGUID"), text(child(root, "Description")), users, codes, variables, cases,
                sources, notes, links, sets, graphs, refs(root, "NoteRef"), duplicates(), warnings());
    }

    /**
     * Refuses a code tree deeper than {@value #MAX_CODE_DEPTH} levels, saying how deep it is
     * (measured without recursion, so any depth the XML parser let through can be told).
     */
    void checkDepth(Element root) {
        Element codes = "CodeBook".equals(RefiXml.localName(root)) ? child(root, "Codes")
                : child(child(root, "CodeBook"), "Codes");
        if (codes == null) {
            return;
        }
        int deepest = 0;
        int depth = 0;
        org.w3c.dom.Node n = codes.getFirstChild();
        while (n != null) {
            boolean code = n instanceof Element e && "Code".equals(RefiXml.localName(e));
            if (code && n.getFirstChild() != null) {
                depth++;
                deepest = Math.max(deepest, depth);
                n = n.getFirstChild();
                continue;
            }
            if (code) {
                deepest = Math.max(deepest, depth + 1);
            }
            while (n != null && n.getNextSibling() == null) {
                n = n.getParentNode();
                if (n == codes) {
                    n = null;
                } else if (n instanceof Element e && "Code".equals(RefiXml.localName(e))) {
                    depth--;
                }
            }
            if (n != null) {
                n = n.getNextSibling();
            }
        }
        if (deepest > MAX_CODE_DEPTH) {
            throw new TooDeepException(String.format(Locale.ENGLISH, "its code tree is %,d levels deep; Quire reads"
                    + " code trees up to %d levels deep — refused", deepest, MAX_CODE_DEPTH));
        }
    }

    private List<Qde.Duplicate> duplicates() {
        List<Qde.Duplicate> out = new ArrayList<>();
        repeats.forEach((guid, more) -> {
            List<String> holders = new ArrayList<>();
            holders.add(label(firstHolder.get(guid)));
            more.forEach(e -> holders.add(label(e)));
            out.add(new Qde.Duplicate(guid, holders));
        });
        return out;
    }

    private static String label(Element e) {
        String tag = RefiXml.localName(e);
        String kind = KINDS.getOrDefault(tag, tag);
        String name = attr(e, "name");
        return name == null || name.isBlank() ? kind : kind + " '" + name.strip() + "'";
    }

    Qde.CodeBook codeBook(Element root) {
        return new Qde.CodeBook(attr(root, "origin"), codes(child(root, "Codes")), sets(child(root, "Sets"), "guid"),
                warnings());
    }

    private List<Qde.Code> codes(Element parent) {
        List<Qde.Code> out = new ArrayList<>();
        for (Element c : children(parent, "Code")) {
            String name = attr(c, "name");
            out.add(new Qde.Code(guid(c, "guid"), name == null ? "" : name, !"false".equals(lower(attr(c, "isCodable")))
                    && !"0".equals(attr(c, "isCodable")), color(attr(c, "color"), name), text(child(c, "Description")),
                    refs(c, "NoteRef"), codes(c)));
        }
        return out;
    }

    /** Sets: the project schema names members by {@code targetGUID}, the code book schema by {@code guid}. */
    private List<Qde.Set> sets(Element parent, String memberAttribute) {
        List<Qde.Set> out = new ArrayList<>();
        for (Element s : children(parent, "Set")) {
            out.add(new Qde.Set(guid(s, "guid"), attr(s, "name"), text(child(s, "Description")),
                    memberRefs(s, "MemberCode", memberAttribute), memberRefs(s, "MemberSource", memberAttribute),
                    memberRefs(s, "MemberNote", memberAttribute)));
        }
        return out;
    }

    private List<String> memberRefs(Element parent, String element, String preferred) {
        List<String> out = new ArrayList<>();
        for (Element e : children(parent, element)) {
            String g = Guids.normalize(attr(e, preferred));
            if (g == null) {
                // Why: writers mix up the two schemas' attribute names; accept either.
                g = Guids.normalize(attr(e, "guid".equals(preferred) ? "targetGUID" : "guid"));
            }
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    private Qde.Source source(Element e) {
        String tag = RefiXml.localName(e);
        Qde.Kind kind = switch (tag) {
            case "TextSource" -> Qde.Kind.TEXT;
            case "PDFSource" -> Qde.Kind.PDF;
            case "PictureSource" -> Qde.Kind.PICTURE;
            case "AudioSource" -> Qde.Kind.AUDIO;
            case "VideoSource" -> Qde.Kind.VIDEO;
            default -> null;
        };
        if (kind == null) {
            warnings.add("an unknown source element <" + tag + "> was skipped");
            return null;
        }
        Element textual = kind == Qde.Kind.PDF ? child(e, "Representation")
                : kind == Qde.Kind.PICTURE ? child(e, "TextDescription") : kind == Qde.Kind.TEXT ? e : null;
        int other = children(e, "PDFSelection").size() + children(e, "PictureSelection").size()
                + children(e, "AudioSelection").size() + children(e, "VideoSelection").size();
        for (Element t : children(e, "Transcript")) {
            other += children(t, "TranscriptSelection").size();
        }
        List<Qde.Coding> codings = new ArrayList<>(codings(e));
        List<String> noteRefs = new ArrayList<>(refs(e, "NoteRef"));
        List<Qde.Value> values = new ArrayList<>(values(e));
        if (textual != null && textual != e) {
            codings.addAll(codings(textual));
            noteRefs.addAll(refs(textual, "NoteRef"));
            values.addAll(values(textual));
        }
        return new Qde.Source(kind, guid(e, "guid"), attr(e, "name"),
                textual == null ? null : attr(textual, "plainTextPath"),
                textual == null ? null : attr(textual, "richTextPath"), attr(e, "path"),
                textual == null ? null : text(child(textual, "PlainTextContent")), text(child(e, "Description")),
                textual == null ? List.of() : selections(textual), codings, noteRefs, values, ref(e, "creatingUser"),
                instant(attr(e, "creationDateTime")), other);
    }

    private List<Qde.Selection> selections(Element textual) {
        List<Qde.Selection> out = new ArrayList<>();
        for (Element s : children(textual, "PlainTextSelection")) {
            Long start = integer(attr(s, "startPosition"));
            Long end = integer(attr(s, "endPosition"));
            if (start == null || end == null) {
                warnings.add("a text selection without valid positions (" + attr(s, "startPosition") + ", "
                        + attr(s, "endPosition") + ") was skipped");
                continue;
            }
            out.add(new Qde.Selection(guid(s, "guid"), attr(s, "name"), start, end, text(child(s, "Description")),
                    codings(s), refs(s, "NoteRef"), ref(s, "creatingUser"), instant(attr(s, "creationDateTime"))));
        }
        return out;
    }

    private List<Qde.Coding> codings(Element parent) {
        List<Qde.Coding> out = new ArrayList<>();
        for (Element c : children(parent, "Coding")) {
            out.add(new Qde.Coding(guid(c, "guid"), ref(child(c, "CodeRef"), "targetGUID"), ref(c, "creatingUser"),
                    instant(attr(c, "creationDateTime")), refs(c, "NoteRef")));
        }
        return out;
    }

    private List<Qde.Value> values(Element parent) {
        List<Qde.Value> out = new ArrayList<>();
        for (Element v : children(parent, "VariableValue")) {
            String variable = ref(child(v, "VariableRef"), "targetGUID");
            String value = null;
            for (String name : VALUE_ELEMENTS) {
                Element e = child(v, name);
                if (e != null) {
                    value = e.getTextContent();
                    break;
                }
            }
            if (variable != null && value != null) {
                out.add(new Qde.Value(variable, value));
            }
        }
        return out;
    }

    private static List<String> refs(Element parent, String element) {
        List<String> out = new ArrayList<>();
        for (Element e : children(parent, element)) {
            String g = Guids.normalize(attr(e, "targetGUID"));
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    private static String ref(Element e, String attribute) {
        return e == null ? null : Guids.normalize(attr(e, attribute));
    }

    private String guid(Element e, String attribute) {
        String g = Guids.normalize(attr(e, attribute));
        if (g == null) {
            repairedGuids++;
            return UUID.randomUUID().toString();
        }
        Element first = firstHolder.putIfAbsent(g, e);
        if (first != null && first != e) {
            repeats.computeIfAbsent(g, k -> new ArrayList<>()).add(e);
        }
        return g;
    }

    /** {@code #RRGGBB} in upper case, or null; other notations are converted with a warning. */
    String color(String raw, String codeName) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        Matcher hex = HEX.matcher(v);
        if (hex.matches()) {
            String digits = hex.group(1).toUpperCase(Locale.ROOT);
            if (digits.length() == 3) {
                digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
                        + digits.charAt(2) + digits.charAt(2);
            } else if (digits.length() == 8) {
                digits = digits.substring(0, 6);
                noteColor(codeName, raw, "transparency dropped");
            }
            return "#" + digits;
        }
        Matcher rgb = RGB.matcher(v);
        if (rgb.matches()) {
            int r = Math.min(255, Integer.parseInt(rgb.group(1)));
            int g = Math.min(255, Integer.parseInt(rgb.group(2)));
            int b = Math.min(255, Integer.parseInt(rgb.group(3)));
            noteColor(codeName, raw, "converted to hex");
            return String.format(Locale.ROOT, "#%02X%02X%02X", r, g, b);
        }
        noteColor(codeName, raw, "not a colour; a default colour is used");
        return null;
    }

    private void noteColor(String codeName, String raw, String what) {
        if (repairedColors++ < 10) {
            warnings.add("colour '" + raw + "' of code '" + codeName + "': " + what);
        }
    }

    private static Long integer(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An xsd:dateTime as an instant; a time without zone is taken as UTC; null when unreadable. */
    static Instant instant(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
