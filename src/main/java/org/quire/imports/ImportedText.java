package org.quire.imports;

import java.util.List;
import org.quire.model.Span;

/**
 * What an importer extracted from one file.
 *
 * @param title      a name the file itself suggests (an HTML title), or null to use the file name
 * @param format     the importer's format name
 * @param encoding   the character encoding used to decode the file, null for binary formats
 * @param text       normalised text: Unicode NFC, {@code \n} line ends, no BOM
 * @param paragraphs paragraph spans in reading order
 * @param pages      page spans for paged formats, otherwise empty
 * @param warnings   things the user should know that did not stop the import
 */
public record ImportedText(String title, String format, String encoding, String text,
                           List<Span> paragraphs, List<Span> pages, List<String> warnings) {
    public ImportedText {
        paragraphs = List.copyOf(paragraphs);
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }
}
