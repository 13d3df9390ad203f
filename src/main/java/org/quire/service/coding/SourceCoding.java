package org.quire.service.coding;

import org.quire.model.Coding;

/**
 * A coding of one source with what the document view paints and the codes panel lists: the node's
 * path and colour and the coder's name. Read without the source's text, so an open document can
 * refresh its codings after an edit without reading the text again.
 */
public record SourceCoding(Coding coding, String nodePath, String color, String coder) {
}
