package org.quire.ui.nodes;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.quire.service.exchange.ExportOptions;
import org.quire.ui.memos.MemoEditorView;

/** A node's detail tab: description, colour, its coded passages in context, and its memo. */
public final class NodeDetailView {
    /** Asks where to save and writes the export (the shell's save dialog and export runner). */
    @FunctionalInterface
    public interface Exporter {
        void export(ExportOptions options);
    }

    private final NodeDetailViewModel vm;
    private final Exporter exporter;

    public NodeDetailView(NodeDetailViewModel vm, Exporter exporter) {
        this.vm = vm;
        this.exporter = exporter;
    }

    public Region build() {
        Label title = new Label();
        title.textProperty().bind(vm.pathProperty());
        title.getStyleClass().add("detail-title");
        ColorPicker colour = new ColorPicker();
        colour.setId("node-colour");
        colour.setMinHeight(Region.USE_PREF_SIZE);
        vm.colorProperty().addListener((o, a, c) -> colour.setValue(Color.web(c)));
        colour.setOnAction(e -> vm.recolour(hex(colour.getValue())));
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("memo-summary");
        title.setWrapText(true);
        HBox line = new HBox(10, colour, summary, exportButton());
        line.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(4, title, line);

        Label descriptionLabel = new Label("Description: what this code means");
        descriptionLabel.getStyleClass().add("panel-heading");
        TextArea description = new TextArea();
        description.setId("node-description");
        description.setPromptText("Define the code: what belongs here, what does not");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        Button save = new Button("Save description");
        save.setId("save-description");
        save.setOnAction(e -> vm.saveDescription());

        Label passagesLabel = new Label("Coded passages (double-click opens one in its source)");
        passagesLabel.getStyleClass().add("panel-heading");
        ListView<org.quire.service.coding.PassageInContext> passages = new ListView<>(vm.passages());
        passages.setId("node-passages");
        passages.setPlaceholder(new Label("Nothing is coded at this node yet"));
        passages.setCellFactory(l -> new PassageCell(l));
        passages.setOnMouseClicked(e -> {
            var p = passages.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && p != null) {
                vm.open(p);
            }
        });
        passages.setOnKeyPressed(e -> {
            var p = passages.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && p != null) {
                vm.open(p);
            }
        });
        VBox left = new VBox(6, passagesLabel, passages);
        VBox.setVgrow(passages, Priority.ALWAYS);
        SplitPane body = new SplitPane(left, new MemoEditorView(vm.memo()).build());
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.55);
        VBox box = new VBox(8, head, descriptionLabel, description, save, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("node-detail");
        vm.load();
        return box;
    }

    // Every passage of this node, one row each; with the child nodes' passages when ticked.
    private MenuButton exportButton() {
        CheckMenuItem children = new CheckMenuItem("Include child nodes");
        children.setId("node-export-children");
        MenuItem xlsx = new MenuItem("Excel workbook (.xlsx)…");
        xlsx.setId("node-export-xlsx");
        xlsx.setOnAction(e -> exporter.export(vm.exportOptions(ExportOptions.Format.XLSX, children.isSelected())));
        MenuItem csv = new MenuItem("CSV table (.csv)…");
        csv.setId("node-export-csv");
        csv.setOnAction(e -> exporter.export(vm.exportOptions(ExportOptions.Format.CSV, children.isSelected())));
        MenuButton export = new MenuButton("Export passages", null, xlsx, csv, new SeparatorMenuItem(), children);
        export.setId("node-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        return export;
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** Source and paragraph, then the passage in bold between the words around it. */
    private static final class PassageCell extends ListCell<org.quire.service.coding.PassageInContext> {
        private final ListView<?> list;

        PassageCell(ListView<?> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(org.quire.service.coding.PassageInContext p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label where = new Label(p.passage().source().path() + " · ¶" + p.passage().paragraph()
                    + (p.passage().coder() == null ? "" : " · " + p.passage().coder()));
            where.getStyleClass().add("passage-meta");
            where.setWrapText(true);
            where.maxWidthProperty().bind(list.widthProperty().subtract(36));
            Text before = new Text((p.before().isEmpty() ? "" : "…" + p.before()));
            before.getStyleClass().add("context-text");
            Text coded = new Text(p.passage().text().replaceAll("\\s+", " "));
            coded.getStyleClass().add("coded-text");
            Text after = new Text(p.after().isEmpty() ? "" : p.after() + "…");
            after.getStyleClass().add("context-text");
            TextFlow flow = new TextFlow(before, coded, after);
            flow.maxWidthProperty().bind(list.widthProperty().subtract(36));
            flow.prefWidthProperty().bind(list.widthProperty().subtract(36));
            setGraphic(new VBox(2, where, flow));
            setText(null);
        }
    }
}
