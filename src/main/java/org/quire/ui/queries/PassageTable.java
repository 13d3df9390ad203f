package org.quire.ui.queries;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The passage list of the query screens: source, where, the passage; double-click opens it in its source. */
final class PassageTable {
    private PassageTable() {
    }

    static TableView<PassageRow> of(ObservableList<PassageRow> items, String id, String placeholder,
                                    double passageWidth, Consumer<PassageRow> open, Runnable showDocument) {
        TableView<PassageRow> table = new TableView<>(items);
        table.setId(id);
        table.setPlaceholder(new Label(placeholder));
        TableColumn<PassageRow, String> source = new TableColumn<>("Source");
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().passage().source().path()));
        source.setPrefWidth(200);
        TableColumn<PassageRow, String> where = new TableColumn<>("Where");
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().where()));
        where.setPrefWidth(60);
        TableColumn<PassageRow, String> text = new TableColumn<>("Passage");
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().oneLine()));
        text.setPrefWidth(passageWidth);
        table.getColumns().setAll(List.of(source, where, text));
        table.setRowFactory(t -> {
            TableRow<PassageRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem());
                    showDocument.run();
                }
            });
            return row;
        });
        return table;
    }
}
