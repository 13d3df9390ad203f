package org.quire.ui.themes;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;

/**
 * Keeps the wrapping columns of a matrix table at least as wide as their longest word and their
 * header, so a cell's text wraps between words, never inside one, however narrow the window or the
 * column is dragged (the table scrolls sideways instead). A token longer than {@link #MAX_MIN_WIDTH}
 * allows (a web address) gets break points after its slashes, dots and hyphens instead.
 */
final class WordFit {
    /** No column is held wider than this for one word. */
    static final double MAX_MIN_WIDTH = 240;
    /** What a cell takes beside its text: the wrapping width is the column's width less this. */
    static final double CELL_PADDING = 12;
    // The header label's padding and the room a sort arrow takes.
    private static final double HEADER_PADDING = 24;
    private static final int LONG_TOKEN = 28;
    private static final Pattern SPACE = Pattern.compile("[\\s\u200B]+");
    private static final Pattern TOKEN_BREAKS = Pattern.compile("(?<=[/.\\-_?&=])(?=.)");

    private final Text measure = new Text();

    /** @param host a pane in the table's window: the measuring text takes the font the cells have there */
    WordFit(Pane host) {
        measure.setManaged(false);
        measure.setVisible(false);
        host.getChildren().add(measure);
    }

    /** The text as a cell shows it: very long tokens get zero-width break points. */
    static String breakable(String text) {
        if (text == null || text.length() < LONG_TOKEN) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (String part : text.split("(?<=\\s)|(?=\\s)")) {
            out.append(part.length() < LONG_TOKEN ? part : TOKEN_BREAKS.matcher(part).replaceAll("\u200B"));
        }
        return out.toString();
    }

    /** Sets the column's minimum width to fit its header and the longest word of {@code values}. */
    void fit(TableColumn<?, ?> column, Collection<String> values) {
        if (measure.getScene() == null) {
            return;
        }
        measure.applyCss();
        double widest = width(column.getText(), true) + HEADER_PADDING;
        // Only the longest words by count of characters are measured: thousands of rows stay cheap.
        var longest = values.stream().filter(v -> v != null && !v.isEmpty())
                .flatMap(v -> SPACE.splitAsStream(breakable(v))).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(24).toList();
        for (String word : longest) {
            widest = Math.max(widest, width(word, false) + CELL_PADDING + 2);
        }
        column.setMinWidth(Math.ceil(Math.min(MAX_MIN_WIDTH, widest)));
    }

    private double width(String s, boolean bold) {
        measure.setStyle(bold ? "-fx-font-weight: bold;" : "");
        measure.applyCss();
        measure.setText(s == null ? "" : s);
        return measure.getLayoutBounds().getWidth();
    }

    /** Whether the measuring text has its font yet (it has once the table is in a window). */
    boolean ready() {
        return measure.getScene() != null;
    }

    Text node() {
        return measure;
    }
}
