package org.quire.ui.workbench;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.quire.service.search.SearchHit;
import org.quire.service.search.Spread;

/**
 * Text search: a query box, keyword-in-context results, coding all or the selected hits at a node
 * (spread to the hit, its sentence or its paragraph), and double-click to open a hit in its source.
 */
final class SearchView {
    private final WorkbenchViewModel vm;
    private final Runnable showDocument;
    private final QuickCodeBox codeBox = new QuickCodeBox("search-code");

    SearchView(WorkbenchViewModel vm, Runnable showDocument) {
        this.vm = vm;
        this.showDocument = showDocument;
    }

    private final TextField query = new TextField();
    private org.quire.ui.queries.ScopeBar scope;
    private CheckBox exact;

    /** Searches for these words as a phrase ("Search for this" on a selection). */
    void searchFor(String words) {
        String one = words.replaceAll("\\s+", " ").replace("\"", "").strip();
        query.setText(one.contains(" ") ? "\"" + one + "\"" : one);
        vm.search(query.getText(), exact.isSelected(), scope.scope());
    }

    Region build() {
        query.setId("search-query");
        query.setPromptText("north star · \"voluntary sector\"~5 · volunt* · organisation~ · trust AND NOT funding");
        query.setTooltip(new Tooltip("Words (matched by stem), \"phrases\", wildcards (volunt*), fuzzy (organisation~),"
                + " proximity (\"voluntary sector\"~5), AND / OR / NOT and parentheses"));
        HBox.setHgrow(query, Priority.ALWAYS);
        exact = new CheckBox("Exact words");
        exact.setId("search-exact");
        exact.setTooltip(new Tooltip("Match words as written: volunteer then does not find volunteers"));
        scope = new org.quire.ui.queries.ScopeBar(vm.queries(), "search");
        Button go = org.quire.ui.common.Icons.on(new Button("Search"), org.quire.ui.common.Icons.SEARCH);
        go.setDefaultButton(true);
        go.setOnAction(e -> vm.search(query.getText(), exact.isSelected(), scope.scope()));
        query.setOnAction(e -> vm.search(query.getText(), exact.isSelected(), scope.scope()));
        javafx.scene.control.ToggleButton help = new javafx.scene.control.ToggleButton("Syntax ?");
        help.setId("search-help-button");
        Region syntax = SearchSyntaxHelp.panel();
        syntax.visibleProperty().bind(help.selectedProperty());
        syntax.managedProperty().bind(help.selectedProperty());
        HBox bar = new HBox(8, query, go, help);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox options = new HBox(12, scope, exact);
        options.setAlignment(Pos.CENTER_LEFT);

        TableView<SearchHit> table = new TableView<>(vm.searchHits());
        table.setId("search-hits");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("Type a query and press Enter"));
        TableColumn<SearchHit, String> source = new TableColumn<>("Source");
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source().name()));
        source.setPrefWidth(190);
        TableColumn<SearchHit, String> where = new TableColumn<>("Where");
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().page() > 0
                ? "p. " + c.getValue().page() : "¶ " + c.getValue().paragraph()));
        where.setPrefWidth(60);
        TableColumn<SearchHit, String> left = new TableColumn<>("");
        left.setCellValueFactory(c -> new ReadOnlyStringWrapper(oneLine(c.getValue().left())));
        left.setStyle("-fx-alignment: CENTER-RIGHT;");
        // The words next to the hit matter most: cut the left context at its far (left) end.
        left.setCellFactory(c -> {
            javafx.scene.control.TableCell<SearchHit, String> cell = new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                }
            };
            cell.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
            return cell;
        });
        left.setPrefWidth(280);
        TableColumn<SearchHit, String> hit = new TableColumn<>("Hit");
        hit.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().hit()));
        hit.setStyle("-fx-font-weight: bold; -fx-alignment: CENTER;");
        hit.setPrefWidth(120);
        TableColumn<SearchHit, String> right = new TableColumn<>("");
        right.setCellValueFactory(c -> new ReadOnlyStringWrapper(oneLine(c.getValue().right())));
        right.setPrefWidth(280);
        TableColumn<SearchHit, Number> offset = new TableColumn<>("Offsets");
        offset.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().span().start()));
        offset.setVisible(false);
        table.getColumns().setAll(java.util.List.of(source, where, left, hit, right, offset));
        table.setRowFactory(t -> {
            TableRow<SearchHit> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    vm.openAt(row.getItem().source(), row.getItem().span());
                    showDocument.run();
                }
            });
            return row;
        });

        Label summary = new Label();
        summary.textProperty().bind(vm.searchSummaryProperty());
        ChoiceBox<Spread> spread = new ChoiceBox<>();
        spread.getItems().setAll(Spread.values());
        spread.setValue(Spread.HIT);
        spread.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Spread s) {
                return s == null ? "" : switch (s) {
                    case HIT -> "the hit";
                    case SENTENCE -> "its sentence";
                    case PARAGRAPH -> "its paragraph";
                };
            }

            @Override
            public Spread fromString(String s) {
                return null;
            }
        });
        Button codeAll = org.quire.ui.common.Icons.on(new Button("Code all hits…"), org.quire.ui.common.Icons.CODE);
        codeAll.setId("code-all-hits");
        codeAll.setOnAction(e -> askNode(vm.searchHits(), spread.getValue()));
        Button codeAtNew = org.quire.ui.common.Icons.on(new Button("Code all hits at new node…"),
                org.quire.ui.common.Icons.NEW_NODE);
        codeAtNew.setId("code-all-hits-new-node");
        codeAtNew.setOnAction(e -> org.quire.ui.nodes.NewNodeDialog.ask(table, "Code all hits at new node",
                "Code " + vm.searchHits().size() + " hits at a new node", null).ifPresent(n ->
                vm.codeHitsAtNewNode(java.util.List.copyOf(vm.searchHits()), n.path(), n.description(), spread.getValue())));
        codeAtNew.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.searchHits()));
        Button codeSelected = new Button("Code selected…");
        codeSelected.setOnAction(e -> askNode(table.getSelectionModel().getSelectedItems(), spread.getValue()));
        codeAll.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.searchHits()));
        codeSelected.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, summary, spacer, new Label("Code"), spread, codeSelected, codeAll, codeAtNew);
        actions.setAlignment(Pos.CENTER_LEFT);

        StackPane center = new StackPane(table, codeBox);
        StackPane.setAlignment(codeBox, Pos.TOP_CENTER);
        StackPane.setMargin(codeBox, new Insets(16, 0, 0, 0));
        BorderPane pane = new BorderPane(center);
        pane.setTop(new VBox(8, bar, options, syntax));
        pane.setBottom(actions);
        BorderPane.setMargin(bar, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(actions, new Insets(8, 0, 0, 0));
        pane.setPadding(new Insets(10));
        return pane;
    }

    private void askNode(java.util.List<SearchHit> hits, Spread spread) {
        java.util.List<SearchHit> chosen = java.util.List.copyOf(hits);
        if (chosen.isEmpty()) {
            return;
        }
        codeBox.open(chosen.size() + (chosen.size() == 1 ? " hit" : " hits"), vm.nodePaths(),
                path -> vm.codeHits(chosen, path, spread), () -> { });
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
