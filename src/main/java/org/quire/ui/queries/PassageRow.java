package org.quire.ui.queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.service.Project;
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

    /** Adds context to passages, reading each source's text once (call in the background). */
    static List<PassageRow> withContext(Project project, List<Passage> passages) {
        Map<SourceId, SourceText> texts = new HashMap<>();
        List<PassageRow> out = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            String text = texts.computeIfAbsent(p.source().id(), id -> project.sources().text(id)).text();
            PassageWithContext cut = PassageWithContext.cut(p, text, CONTEXT);
            out.add(new PassageRow(p, cut.left(), cut.right()));
        }
        return out;
    }
}
