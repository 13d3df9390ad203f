package org.quire.imports.review;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The document properties an export carries to say which project it came from ({@code docProps/custom.xml}
 * of a .docx or .xlsx; Word, Excel and LibreOffice keep them when the file is saved again).
 */
public final class CustomProperties {
    /** The exporting project's GUID. */
    public static final String PROJECT = org.quire.model.ReviewAnchor.PROJECT_PROPERTY;
    /** The exporting project's title, for the message when a file of another project is refused. */
    public static final String TITLE = org.quire.model.ReviewAnchor.TITLE_PROPERTY;

    private CustomProperties() {
    }

    static Map<String, String> read(InputStream in) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (in) {
            XMLStreamReader r = WordReview.factory().createXMLStreamReader(in);
            String name = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if ("property".equals(r.getLocalName())) {
                        name = r.getAttributeValue(null, "name");
                    } else if (name != null && "lpwstr".equals(r.getLocalName())) {
                        out.put(name, r.getElementText());
                        name = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            // Unreadable properties read as none: the file is then refused as belonging to no project.
            return Map.of();
        }
        return out;
    }
}
