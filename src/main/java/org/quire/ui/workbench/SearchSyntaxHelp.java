package org.quire.ui.workbench;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The search syntax at a glance, shown in the search tab itself (no separate window). */
final class SearchSyntaxHelp {
    private static final String[][] ROWS = {
        {"volunteer", "the word and every word with the same stem (volunteers, volunteering)"},
        {"board monday", "paragraphs with both words (AND is the default)"},
        {"\"voluntary sector\"", "the phrase"},
        {"volunt*   organi?ation", "wildcards: * any letters, ? one letter (matched as written, not by stem)"},
        {"organisation~", "fuzzy: words one or two letters different (organization)"},
        {"\"voluntary sector\"~5", "both words within 5 words of each other, in any order"},
        {"trust AND (board OR fund*) NOT minutes", "AND, OR, NOT and brackets"},
        {"Exact words", "no stemming: volunteer no longer finds volunteers"},
        {"Look in", "only a folder, the sources with an attribute value, or the text coded at a node"},
    };

    private SearchSyntaxHelp() {
    }

    static Region panel() {
        GridPane grid = new GridPane();
        grid.setId("search-help");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(8, 10, 8, 10));
        grid.getStyleClass().add("syntax-help");
        grid.setStyle("-fx-background-color: #f4f7fb; -fx-border-color: #c8d3e0; -fx-border-radius: 4;"
                + " -fx-background-radius: 4;");
        for (int i = 0; i < ROWS.length; i++) {
            Label example = new Label(ROWS[i][0]);
            example.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
            grid.addRow(i, example, new Label(ROWS[i][1]));
        }
        return grid;
    }
}
