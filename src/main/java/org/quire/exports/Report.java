package org.quire.exports;

import java.time.Instant;
import java.util.List;
import org.quire.model.ThemeMatrix;

/**
 * What the Word report and the review page say about the themes.
 *
 * @param project the project's title
 * @param at      when it was exported
 * @param themes  top-level themes, each with its sub-themes
 */
public record Report(String project, Instant at, List<Theme> themes) {
    public Report {
        themes = List.copyOf(themes);
    }

    /**
     * One theme.
     *
     * @param status    candidate, reviewed, defined, final or discarded
     * @param extracts  how many extracts its matrix has (with its sub-themes')
     * @param quotes    the extracts the analyst chose as quotations, in matrix order
     */
    public record Theme(String guid, String name, String status, String definition, String narrative,
                        List<Theme> subThemes, List<NodeLine> nodes, int extracts, List<ThemeMatrix.Row> quotes) {
        public Theme {
            subThemes = List.copyOf(subThemes);
            nodes = List.copyOf(nodes);
            quotes = List.copyOf(quotes);
        }
    }

    /** A node that feeds a theme, with its description and own reference count. */
    public record NodeLine(String path, String description, int references) {
    }
}
