package org.quire.ui.workbench;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.quire.service.WordCount;

/** Word frequency: the most frequent words over all sources, as a table and a bar chart. */
final class WordsView {
    private static final int CHART_WORDS = 20;

    private final WorkbenchViewModel vm;

    WordsView(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    Region build() {
        Spinner<Integer> top = new Spinner<>(10, 1000, 50, 10);
        top.setPrefWidth(90);
        Spinner<Integer> minLength = new Spinner<>(1, 20, 3);
        minLength.setPrefWidth(70);
        CheckBox exact = new CheckBox("Exact words (no stemming)");
        TextField stop = new TextField();
        stop.setPromptText("more stop words, comma separated");
        HBox.setHgrow(stop, Priority.ALWAYS);
        Button run = new Button("Count words");
        run.setId("count-words");
        run.setOnAction(e -> vm.countWords(top.getValue(), minLength.getValue(), exact.isSelected(), stop.getText()));
        HBox bar = new HBox(8, new Label("Top"), top, new Label("min. length"), minLength, exact, stop, run);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<WordCount> table = new TableView<>(vm.words());
        table.setId("word-counts");
        table.setPlaceholder(new Label("Press Count words"));
        TableColumn<WordCount, String> word = new TableColumn<>("Word");
        word.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().word()));
        TableColumn<WordCount, Number> count = new TableColumn<>("Count");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<WordCount, String> percent = new TableColumn<>("Weighted %");
        percent.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(java.util.Locale.ROOT, "%.2f",
                c.getValue().weightedPercent())));
        percent.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<WordCount, String> forms = new TableColumn<>("Forms counted");
        forms.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().forms())));
        forms.setPrefWidth(260);
        table.getColumns().setAll(java.util.List.of(word, count, percent, forms));

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(4);
        chart.setTitle("Most frequent words");
        vm.words().addListener((javafx.collections.ListChangeListener<WordCount>) c -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            vm.words().stream().limit(CHART_WORDS)
                    .forEach(w -> series.getData().add(new XYChart.Data<>(w.word(), w.count())));
            chart.getData().setAll(java.util.List.of(series));
        });
        SplitPane split = new SplitPane(table, chart);
        split.setDividerPositions(0.45);

        Label summary = new Label();
        summary.textProperty().bind(vm.wordsSummaryProperty());
        BorderPane pane = new BorderPane(split);
        pane.setTop(bar);
        pane.setBottom(summary);
        BorderPane.setMargin(bar, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(summary, new Insets(8, 0, 0, 0));
        pane.setPadding(new Insets(10));
        return pane;
    }
}
