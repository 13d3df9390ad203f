package org.quire.ui.queries;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.quire.service.search.WordCount;

/** The word list as a cloud of Text nodes, laid out again whenever the list or the pane's size changes. */
final class WordCloud extends Pane {
    private static final Color[] PALETTE = {Color.web("#1f4e79"), Color.web("#2e7d32"), Color.web("#8e24aa"),
        Color.web("#c62828"), Color.web("#ef6c00"), Color.web("#00838f"), Color.web("#5d4037")};
    static final int MAX_WORDS = 100;

    private final ObservableList<WordCount> words;
    private final Text probe = new Text();

    WordCloud(ObservableList<WordCount> words) {
        this.words = words;
        setId("word-cloud");
        setMinSize(0, 0);
        getStyleClass().add("word-cloud");
        words.addListener((ListChangeListener<WordCount>) c -> requestLayout());
        widthProperty().addListener((o, a, b) -> requestLayout());
        heightProperty().addListener((o, a, b) -> requestLayout());
    }

    private double laidWidth = -1;
    private double laidHeight = -1;
    private List<WordCount> laidWords;

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        // Only a new list or a new size changes the cloud; any other layout pass keeps it.
        if (w == laidWidth && h == laidHeight && List.copyOf(words).equals(laidWords)) {
            return;
        }
        laidWidth = w;
        laidHeight = h;
        laidWords = List.copyOf(words);
        List<WordCloudLayout.Entry> entries = words.stream().limit(MAX_WORDS)
                .map(wc -> new WordCloudLayout.Entry(wc.word(), wc.count())).toList();
        List<WordCloudLayout.Placed> placed = WordCloudLayout.layout(entries, w - 8, h - 8, this::measure);
        getChildren().clear();
        int i = 0;
        for (WordCloudLayout.Placed p : placed) {
            Text t = new Text(p.word());
            t.setFont(font(p.fontSize()));
            t.setFill(PALETTE[i++ % PALETTE.length]);
            t.setTextOrigin(javafx.geometry.VPos.TOP);
            t.relocate(4 + p.x(), 4 + p.y());
            t.getStyleClass().add("cloud-word");
            Tooltip.install(t, new Tooltip(p.word() + ": " + p.count()));
            getChildren().add(t);
        }
    }

    private double[] measure(String word, double size) {
        probe.setText(word);
        probe.setFont(font(size));
        var b = probe.getLayoutBounds();
        return new double[] {b.getWidth(), b.getHeight()};
    }

    private static Font font(double size) {
        return Font.font("System", size > 22 ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }
}
