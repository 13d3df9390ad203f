package org.quire.ui.review;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.quire.service.review.WordDiff;

/**
 * The "Changes since review" view: binds {@link ChangesModel} to a list grouped by theme, edited
 * texts shown word by word (deleted words struck through in red, inserted ones underlined in green),
 * and an Open button; double-click or Enter opens a change's object too.
 */
public final class ChangesPane {
    /** Deleted words: red and struck through, as in a tracked change. */
    static final Color DELETED = Color.web("#b00020");
    /** Inserted words: green and underlined. */
    static final Color INSERTED = Color.web("#1b5e20");

    private final ChangesModel model;

    public ChangesPane(ChangesModel model) {
        this.model = model;
    }

    public Region build() {
        Label title = new Label();
        title.setId("changes-title");
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("changes-refresh");
        refresh.setOnAction(e -> model.reload());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, refresh);

        ListView<ChangesModel.Row> list = new ListView<>(model.rows());
        list.setId("changes-list");
        list.setCellFactory(v -> new Cell());
        list.setPlaceholder(new Label("Nothing has changed since the last review export."));
        VBox.setVgrow(list, Priority.ALWAYS);
        org.quire.ui.common.OpenOnList.install(list, model::open);
        Button open = new Button("Open");
        open.setId("changes-open");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(list.getSelectionModel().getSelectedItem()));
        Label message = new Label();
        message.setId("changes-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox box = new VBox(6, top, list, new HBox(8, open), message);
        box.setPadding(new Insets(8));
        return box;
    }

    /** A heading in bold, or a change with its word-level difference under it. */
    private static final class Cell extends ListCell<ChangesModel.Row> {
        @Override
        protected void updateItem(ChangesModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            VBox box = new VBox(2);
            Text text = new Text(row.heading() ? row.text() : "• " + row.text());
            if (row.heading()) {
                text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
            }
            TextFlow line = new TextFlow(text);
            line.setPadding(new Insets(row.heading() ? 6 : 0, 0, 0, row.heading() ? 0 : 14));
            box.getChildren().add(line);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            line.prefWidthProperty().bind(box.prefWidthProperty());
            if (!row.diff().isEmpty()) {
                TextFlow diff = diff(row);
                diff.prefWidthProperty().bind(box.prefWidthProperty());
                box.getChildren().add(diff);
            }
            setGraphic(box);
        }

        private static TextFlow diff(ChangesModel.Row row) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("changes-diff");
            flow.setPadding(new Insets(2, 0, 4, 28));
            for (WordDiff.Part p : row.diff()) {
                Text t = new Text(p.text());
                switch (p.kind()) {
                    case DELETED -> {
                        t.setFill(DELETED);
                        t.setStrikethrough(true);
                        t.getStyleClass().add("diff-deleted");
                    }
                    case INSERTED -> {
                        t.setFill(INSERTED);
                        t.setUnderline(true);
                        t.getStyleClass().add("diff-inserted");
                    }
                    default -> {
                    }
                }
                flow.getChildren().add(t);
            }
            return flow;
        }
    }
}
