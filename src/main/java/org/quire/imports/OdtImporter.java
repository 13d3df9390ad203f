package org.quire.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * OpenDocument text (.odt, LibreOffice's own format). The document's content.xml is read with a
 * streaming XML parser that refuses DTDs and external entities, from a ZIP read under the limits
 * of {@link SafeZip}. Kept: headings, paragraphs, list items with a bullet or number, table rows
 * (cells joined as in Word documents), text boxes, and footnotes, endnotes and comments after the
 * body, marked like those of Word documents. Tracked-change history, images and formatting are not
 * kept.
 */
public final class OdtImporter implements Importer {
    static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    @Override
    public String format() {
        return "odt";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("odt", "ott");
    }

    @Override
    public boolean recognises(byte[] head) {
        // The mimetype entry comes first and uncompressed, so its text is in the head.
        return FileSignature.ZIP.matches(head) && new String(head, 0, Math.min(head.length, 200),
                java.nio.charset.StandardCharsets.ISO_8859_1).contains("application/vnd.oasis.opendocument.text");
    }

    @Override
    public boolean recognises(Path file, byte[] head) throws IOException {
        return FileSignature.ZIP.matches(head) && ContainerProbe.of(file, head) == ContainerProbe.Kind.ODT;
    }

    @Override
    public ImportedText read(Path file, ImportLimits limits) throws IOException {
        return ImportFailures.guard(file, () -> {
            try (SafeZip zip = new SafeZip(file)) {
                TextBuilder out = new TextBuilder(limits.maxTextChars());
                OdtContent odt = new OdtContent(out);
                try (InputStream styles = zip.open("styles.xml")) {
                    if (styles != null) {
                        XMLStreamReader reader = hardenedFactory().createXMLStreamReader(styles);
                        try {
                            odt.readStyles(reader);
                        } finally {
                            reader.close();
                        }
                    }
                }
                try (InputStream content = zip.open("content.xml")) {
                    if (content == null) {
                        throw ImportFailures.damaged(file, "it has no content.xml");
                    }
                    XMLStreamReader reader = hardenedFactory().createXMLStreamReader(content);
                    try {
                        odt.read(reader);
                    } finally {
                        reader.close();
                    }
                }
                if (out.length() == 0) {
                    throw new ImportException(file, "the document has no text in it");
                }
                return out.build(title(zip), "odt", null);
            }
        });
    }

    private static String title(SafeZip zip) throws IOException, XMLStreamException {
        try (InputStream meta = zip.open("meta.xml")) {
            if (meta == null) {
                return null;
            }
            XMLStreamReader reader = hardenedFactory().createXMLStreamReader(meta);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && DC_NS.equals(reader.getNamespaceURI())
                            && reader.getLocalName().equals("title")) {
                        String title = reader.getElementText().strip();
                        return title.isEmpty() ? null : title;
                    }
                }
                return null;
            } finally {
                reader.close();
            }
        }
    }

    /** A StAX factory that reads no DTD and resolves no entity, internal or external. */
    static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read: " + systemId);
        });
        return factory;
    }
}
