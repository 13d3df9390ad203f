package org.quire.ui.queries;

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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.service.search.WordCount;

/** Word frequency: options and scope, the table, a word cloud and a bar chart, and CSV export. */
final class WordsPane {
    private static final int CHART_WORDS = 20;

    private final QueriesModel model;
    private final Exporter exporter;

    WordsPane(QueriesModel model, Exporter exporter) {
        this.model = model;
        this.exporter = exporter;
    }

    Region build() {
        WordsModel words = model.words();
        Spinner<Integer> top = new Spinner<>(10, 1000, 50, 10);
        top.setPrefWidth(85);
        top.setEditable(true);
        Spinner<Integer> minLength = new Spinner<>(1, 20, 3);
        minLength.setPrefWidth(65);
        minLength.setEditable(true);
        CheckBox exact = new CheckBox("Exact words (no stemming)");
        TextField stop = new TextField();
        stop.setId("words-stop");
        stop.setPromptText("your stop words, e.g. um, yeah, okay");
        HBox.setHgrow(stop, Priority.ALWAYS);
        ScopeBar scope = new ScopeBar(model, "words");
        Button run = org.quire.ui.common.Icons.on(new Button("Count words"), org.quire.ui.common.Icons.COUNT);
        run.setId("count-words");
        run.setDefaultButton(true);
        run.setOnAction(e -> words.count(top.getValue(), minLength.getValue(), exact.isSelected(), stop.getText(),
                scope.scope()));
        Button export = org.quire.ui.common.Icons.on(new Button("Export CSV…"), org.quire.ui.common.Icons.EXPORT);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setId("words-export");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(words.words()));
        export.setOnAction(e -> exporter.choose("word-frequency.csv", file -> words.exportCsv(file,
                () -> exporter.saved(file))));
        HBox options = new HBox(8, new Label("Top"), top, new Label("min. length"), minLength, exact, stop);
        options.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox where = new HBox(8, scope, spacer, run, export);
        where.setAlignment(Pos.CENTER_LEFT);

        TableView<WordCount> table = new TableView<>(words.words());
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
        forms.setPrefWidth(220);
        table.getColumns().setAll(java.util.List.of(word, count, percent, forms));

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(4);
        chart.setTitle("The " + CHART_WORDS + " most frequent words");
        words.words().addListener((javafx.collections.ListChangeListener<WordCount>) c -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            words.words().stream().limit(CHART_WORDS)
                    .forEach(w -> series.getData().add(new XYChart.Data<>(w.word(), w.count())));
            chart.getData().setAll(java.util.List.of(series));
        });
        Tab cloud = new Tab("Word cloud", new WordCloud(words.words()));
        Tab bars = new Tab("Bar chart", chart);
        TabPane pictures = new TabPane(cloud, bars);
        pictures.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(table, pictures);
        split.setDividerPositions(0.42);

        Label summary = new Label();
        summary.textProperty().bind(words.summaryProperty());
        BorderPane pane = new BorderPane(split);
        VBox topBars = new VBox(6, options, where);
        pane.setTop(topBars);
        pane.setBottom(summary);
        BorderPane.setMargin(topBars, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(summary, new Insets(8, 0, 0, 0));
        pane.setPadding(new Insets(10));
        return pane;
    }
}
