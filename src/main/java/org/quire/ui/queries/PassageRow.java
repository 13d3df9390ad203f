package org.quire.ui.queries;

import java.util.ArrayList;
import java.util.List;
import org.quire.service.queries.Passage;
import org.quire.service.queries.PassageWithContext;

/**
 * A passage a query or a matrix cell found, with the text either side of it so the reader sees it
 * in context.
 */
public record PassageRow(Passage passage, String left, String right) {
    static final int CONTEXT = org.quire.service.queries.QueryService.CONTEXT_CHARS;

    /** "p. 3" for paged sources, else "¶ 12". */
    public String where() {
        return passage.page() > 0 ? "p. " + passage.page() : "¶ " + passage.paragraph();
    }

    /** The passage on one line, for a table cell. */
    public String oneLine() {
        return passage.text().replaceAll("\\s+", " ").strip();
    }

    /** The rows of passages read with their context (see {@code QueryService.passagesInContext}). */
    static List<PassageRow> of(List<PassageWithContext> read) {
        List<PassageRow> out = new ArrayList<>(read.size());
        read.forEach(p -> out.add(new PassageRow(p.passage(), p.left(), p.right())));
        return out;
    }
}
