package org.quire.imports.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reading REFI-QDA XML safely and leniently: no DTDs, no external entities or schemas (a hostile
 * file cannot read local files or reach the network), namespace variants rewritten to the canonical
 * one, and validation against the bundled official schemas reported as warnings, never as failures.
 */
public final class RefiXml {
    /** The canonical namespaces of the two schemas. */
    public static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    public static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";

    private static final int MAX_REPORTED_ERRORS = 20;
    /**
     * The deepest element nesting parsed. A code tree of {@link QdeParser#MAX_CODE_DEPTH} levels
     * needs a little over that; deeper files are refused by the parser before they are built.
     */
    static final int MAX_ELEMENT_DEPTH = 2_000;
    private static final Schema PROJECT = schema("Project-mrt2019.xsd");
    private static final Schema CODEBOOK = schema("Codebook-mrt2019.xsd");

    private RefiXml() {
    }

    /** Why an XML file could not be read at all; the message is meant for a researcher. */
    public static final class BadXmlException extends Exception {
        BadXmlException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Parses with every external access and DTD refused. */
    static Document parse(byte[] xml) throws BadXmlException {
        return parse(new ByteArrayInputStream(xml));
    }

    /** Parses a stream (not closed here) with every external access and DTD refused. */
    static Document parse(InputStream xml) throws BadXmlException {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(xml);
        } catch (SAXParseException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE")) {
                throw new BadXmlException("the XML declares a DOCTYPE, which REFI-QDA files never need"
                        + " (refused: it could make the reader fetch or expand hidden content)", e);
            }
            if (m.contains("maxElementDepth")) {
                throw new BadXmlException(String.format(java.util.Locale.ENGLISH, "its elements are nested more"
                        + " than %,d levels deep (line %,d), far beyond any real project — refused",
                        MAX_ELEMENT_DEPTH, e.getLineNumber()), e);
            }
            throw new BadXmlException("the XML is not well-formed (line " + e.getLineNumber() + ": "
                    + firstLine(m) + ")", e);
        } catch (SAXException | IOException e) {
            throw new BadXmlException("the XML cannot be read (" + firstLine(String.valueOf(e.getMessage())) + ")", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
        return f;
    }

    /**
     * Puts every element of a variant namespace ({@code urn:QDA-XML:project:1:0}, no namespace at
     * all, …) into the canonical one, so that validation and lookups see what the vendor meant.
     *
     * @return a warning describing the rewrite, or null when the namespace was already canonical
     */
    static String normalizeNamespace(Document doc, String canonical) {
        Element root = doc.getDocumentElement();
        String found = root.getNamespaceURI();
        if (canonical.equals(found)) {
            return null;
        }
        rename(doc, root, found, canonical);
        return "the file uses the namespace " + (found == null ? "(none)" : "'" + found + "'") + " instead of '"
                + canonical + "'; read as if it were the standard one";
    }

    /** Walks the tree in document order without recursion, so a deep file cannot exhaust the stack. */
    private static void rename(Document doc, Element top, String from, String to) {
        Element root = top;
        Node n = root;
        while (n != null) {
            if (n instanceof Element e && (from == null ? e.getNamespaceURI() == null
                    : from.equals(e.getNamespaceURI()))) {
                // renameNode keeps the node in place (the same object, or a replacement at its position).
                n = doc.renameNode(e, to, e.getLocalName() == null ? e.getTagName() : e.getLocalName());
                if (e == root) {
                    root = (Element) n;
                }
            }
            Node next = n instanceof Element ? n.getFirstChild() : null;
            if (next == null) {
                Node up = n;
                while (up != root && up.getNextSibling() == null) {
                    up = up.getParentNode();
                }
                next = up == root ? null : up.getNextSibling();
            }
            n = next;
        }
    }

    /** Schema violations of a project file, at most 20 described plus a count of the rest. */
    public static List<String> validateProject(Document doc) {
        return validate(PROJECT, new DOMSource(doc));
    }

    public static List<String> validateCodeBook(Document doc) {
        return validate(CODEBOOK, new DOMSource(doc));
    }

    /** Schema violations of a project file given as bytes (used to check our own exports). */
    public static List<String> validateProject(byte[] xml) {
        return validate(PROJECT, new StreamSource(new ByteArrayInputStream(xml)));
    }

    public static List<String> validateCodeBook(byte[] xml) {
        return validate(CODEBOOK, new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static List<String> validate(Schema schema, javax.xml.transform.Source source) {
        List<String> errors = new ArrayList<>();
        int[] total = new int[1];
        Validator v = schema.newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // schema warnings are not deviations
                }

                @Override
                public void error(SAXParseException e) {
                    if (total[0]++ < MAX_REPORTED_ERRORS) {
                        errors.add((e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "")
                                + e.getMessage());
                    }
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            v.validate(source);
        } catch (SAXException | IOException e) {
            errors.add(firstLine(String.valueOf(e.getMessage())));
        }
        if (total[0] > MAX_REPORTED_ERRORS) {
            errors.add("… and " + (total[0] - MAX_REPORTED_ERRORS) + " more schema errors");
        }
        return errors;
    }

    private static Schema schema(String file) {
        try (InputStream in = RefiXml.class.getResourceAsStream("/org/quire/refi/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the bundled schema " + file + " is missing from the build");
            }
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(new StreamSource(in, file));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("the bundled schema " + file + " cannot be compiled", e);
        }
    }

    /** Elements whose path attributes name files the import would read. */
    private static final java.util.Set<String> READ_FROM = java.util.Set.of("TextSource", "PDFSource",
            "Representation", "TextDescription", "Note");

    /** See {@link QdpxArchive#outsidePaths}: a streaming pass, no tree built. */
    static List<String> outsidePaths(InputStream xml, java.nio.file.Path file) {
        javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> out = new ArrayList<>();
        try {
            javax.xml.stream.XMLStreamReader r = f.createXMLStreamReader(xml);
            try {
                while (r.hasNext()) {
                    if (r.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT
                            && READ_FROM.contains(r.getLocalName())) {
                        boolean pdf = "PDFSource".equals(r.getLocalName());
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String name = r.getAttributeLocalName(i);
                            String value = r.getAttributeValue(i).strip();
                            boolean read = name.equals("plainTextPath") || name.equals("richTextPath")
                                    || (pdf && name.equals("path"));
                            if (read && value.toLowerCase(Locale.ROOT).matches("^(relative|absolute|file):.*")
                                    && !out.contains(value)) {
                                out.add(value);
                            }
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new org.quire.imports.ImportException(file, "the XML is not well-formed ("
                    + firstLine(String.valueOf(e.getMessage())) + ")", e);
        }
        return out;
    }

    // ---- DOM helpers ----

    /** The element children of {@code parent} with this local name, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(localName(e))) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    static String localName(Element e) {
        return e.getLocalName() == null ? e.getTagName() : e.getLocalName();
    }

    /** The attribute's value, or null when it is absent (DOM says "" for both). */
    static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    static String text(Element e) {
        return e == null ? null : e.getTextContent();
    }

    static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
