package org.quire.ui.themes;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.model.Theme;
import org.quire.model.ThemeMatrix;

/**
 * The theme matrix as a table — one coded extract a row, with sub-theme, node, source, the
 * source's attributes, citation, the extract, the other themes it also supports, the analyst's
 * note and the quotation flag — with the selected extract readable in full below, its note
 * editable, and Export buttons.
 */
public final class ThemeMatrixView {
    // Long extracts are cut in the table; the pane below shows the whole text.
    private static final int TABLE_EXTRACT = 320;

    private final ThemeMatrixModel model;
    private final org.quire.ui.common.ReviewMarks marks;
    // The marker of the theme's own open comments (on it, its definition or its narrative).
    private final HBox themeMark = new HBox();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final TableView<ThemeMatrix.Row> table = new TableView<>();
    private final Label counts = new Label();
    private final TextArea extract = new TextArea();
    private final Label cited = new Label();
    private final TextArea note = new TextArea();
    private final CheckBox quote = new CheckBox("Quotation for the report");
    private List<String> attributeColumns = List.of();
    // The wrapping columns and what each shows, to keep them as wide as their longest word.
    private final java.util.Map<TableColumn<ThemeMatrix.Row, String>, Function<ThemeMatrix.Row, String>> wrapped =
            new java.util.LinkedHashMap<>();
    private WordFit words;
    private String selectedGuid;
    private String shownGuid;

    /** @param marks the open review comments: markers on the theme and on its extracts */
    public ThemeMatrixView(ThemeMatrixModel model, org.quire.ui.common.ReviewMarks marks) {
        this.model = model;
        this.marks = marks;
    }

    public Region build() {
        theme.setId("matrix-theme");
        theme.setItems(model.themes());
        theme.setCellFactory(v -> themeCell());
        theme.setButtonCell(themeCell());
        theme.setPrefWidth(320);
        theme.valueProperty().addListener((obs, old, t) -> model.show(t));
        model.themeProperty().addListener((obs, old, t) -> showChoice());
        // Coming back to the screen reloads the list of themes, and the dropdown's own list clears the
        // choice when its items are replaced: the box went blank while the matrix below still showed
        // the theme. The choice is put back once every listener of the list has run.
        model.themes().addListener((ListChangeListener<Theme>) c -> javafx.application.Platform.runLater(
                this::showChoice));
        counts.getStyleClass().add("hint");
        counts.setMinWidth(0);
        themeMark.setId("matrix-theme-mark");
        themeMark.setAlignment(Pos.CENTER_LEFT);
        HBox top = new HBox(8, label("Theme"), theme, themeMark, counts);
        model.matrixProperty().addListener((o, a, m) -> markTheme());
        marks.marksProperty().addListener((o, a, b) -> {
            markTheme();
            table.refresh();
        });
        words = new WordFit(top);
        words.node().sceneProperty().addListener((o, a, scene) -> fitColumns());
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));

        table.setId("theme-matrix");
        table.setItems(model.rows());
        table.setEditable(true);
        table.setPlaceholder(new Label("No coded extracts yet: code passages at the nodes that feed this theme"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setTableMenuButtonVisible(true);
        model.matrixProperty().addListener((obs, old, m) -> {
            if (m != null && !m.attributes().equals(attributeColumns)) {
                attributeColumns = m.attributes();
                columns();
            }
            showCounts();
        });
        model.rows().addListener((ListChangeListener<ThemeMatrix.Row>) c -> {
            showCounts();
            fitColumns();
            // A saved note or flag replaces its row: the same extract stays selected.
            ThemeMatrix.Row again = selectedGuid == null ? null : model.row(selectedGuid);
            if (again != null && table.getSelectionModel().getSelectedItem() != again) {
                table.getSelectionModel().select(again);
            } else if (again == null && table.getSelectionModel().isEmpty() && !model.rows().isEmpty()) {
                // A freshly shown theme opens on its first extract, so the pane below is never blank.
                table.getSelectionModel().select(0);
            }
            showSelected();
        });
        columns();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != null) {
                selectedGuid = r.codingGuid();
            } else if (selectedGuid != null && model.row(selectedGuid) != null) {
                // A replaced row drops the selection for a moment; the rows listener selects it again.
                return;
            }
            showSelected();
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<ThemeMatrix.Row> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    note.requestFocus();
                    note.end();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ThemeMatrix.Row r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && r != null && table.getEditingCell() == null) {
                model.setQuote(r, !r.quote());
                e.consume();
            }
        });

        SplitPane split = new SplitPane(table, detail());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        BorderPane pane = new BorderPane(split);
        pane.setTop(top);
        pane.setBottom(exportBar());
        return pane;
    }

    private void columns() {
        wrapped.clear();
        TableColumn<ThemeMatrix.Row, Boolean> flag = new TableColumn<>("Quote");
        flag.setId("quote-column");
        flag.setEditable(true);
        flag.setCellFactory(CheckBoxTableCell.forTableColumn(i -> {
            ThemeMatrix.Row r = i >= 0 && i < table.getItems().size() ? table.getItems().get(i) : null;
            BooleanProperty p = new SimpleBooleanProperty(r != null && r.quote());
            if (r != null) {
                p.addListener((o, was, now) -> model.setQuote(r, now));
            }
            return p;
        }));
        flag.setMinWidth(56);
        flag.setMaxWidth(64);
        List<TableColumn<ThemeMatrix.Row, ?>> cols = new java.util.ArrayList<>();
        cols.add(flag);
        cols.add(reviewColumn());
        // What a reader needs first is shown; the rest can be switched on from the table's "+" menu.
        // In a narrow window a dozen columns left each a few letters wide.
        cols.add(text("Source, ¶", 150, r -> breakable(r.citation()), true));
        cols.add(hidden(text("Sub-theme", 110, ThemeMatrix.Row::subTheme, true)));
        cols.add(text("Node", 120, r -> breakable(r.node()), true));
        for (int i = 0; i < attributeColumns.size(); i++) {
            int at = i;
            cols.add(hidden(text(attributeColumns.get(i), 90, r -> at < r.attributeValues().size()
                    ? r.attributeValues().get(at) : "", true)));
        }
        cols.add(text("Extract", 340, r -> cut(r.extract()), true));
        TableColumn<ThemeMatrix.Row, String> also = text("Also in", 100,
                r -> String.join(", ", r.otherThemes()), true);
        cols.add(also);
        // The note wraps in the table and is written in the pane below (double-click a row to go there).
        TableColumn<ThemeMatrix.Row, String> notes = text("Analyst note", 170, ThemeMatrix.Row::note, true);
        notes.setId("note-column");
        cols.add(notes);
        table.getColumns().setAll(cols);
        fitColumns();
    }

    /** A narrow column with a marker on each extract that has open review comments. */
    private TableColumn<ThemeMatrix.Row, String> reviewColumn() {
        TableColumn<ThemeMatrix.Row, String> col = new TableColumn<>("");
        col.setId("review-column");
        col.setGraphic(org.quire.ui.common.Icons.of(org.quire.ui.common.Icons.ANNOTATE));
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().codingGuid()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String guid, boolean empty) {
                super.updateItem(guid, empty);
                var mark = empty || guid == null ? null : marks.marks().extract(guid);
                setGraphic(mark == null ? null : marks.marker(mark));
            }
        });
        col.setMinWidth(34);
        col.setMaxWidth(40);
        col.setSortable(false);
        return col;
    }

    private void markTheme() {
        ThemeMatrix m = model.matrixProperty().get();
        var mark = m == null ? null : marks.marks().theme(m.themeGuid());
        themeMark.getChildren().setAll(mark == null ? List.of() : List.of(marks.marker(mark)));
    }

    private static <T> TableColumn<ThemeMatrix.Row, T> hidden(TableColumn<ThemeMatrix.Row, T> col) {
        col.setVisible(false);
        return col;
    }

    private TableColumn<ThemeMatrix.Row, String> text(String title, double width,
                                                      Function<ThemeMatrix.Row, String> value, boolean wrap) {
        TableColumn<ThemeMatrix.Row, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setPrefWidth(width);
        col.setEditable(false);
        if (wrap) {
            col.setCellFactory(c -> wrapping(col));
            wrapped.put(col, value);
        }
        return col;
    }

    /** Each wrapping column at least as wide as its header and its longest word. */
    private void fitColumns() {
        if (words == null || !words.ready()) {
            return;
        }
        wrapped.forEach((col, value) -> words.fit(col, model.rows().stream().map(value).toList()));
    }

    /** The dropdown shows the theme whose matrix is shown. */
    private void showChoice() {
        Theme t = model.themeProperty().get();
        // Replacing the items blanks the box even when its value stays the same theme: set it afresh.
        // (The model ignores both calls: nothing, then the theme it shows already.)
        theme.setValue(null);
        theme.setValue(t);
    }

    // A cell whose text wraps to the column's width, so an extract reads as a paragraph.
    private static TableCell<ThemeMatrix.Row, String> wrapping(TableColumn<ThemeMatrix.Row, String> col) {
        return new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(WordFit.CELL_PADDING));
                text.fillProperty().bind(textFillProperty());
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : WordFit.breakable(item));
                setGraphic(empty ? null : text);
            }
        };
    }

    private Region detail() {
        extract.setId("matrix-extract");
        extract.setEditable(false);
        extract.setWrapText(true);
        extract.setPrefRowCount(3);
        note.setId("matrix-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText("Analyst note on this extract (Ctrl+Enter saves; double-click a row to come here)");
        Button save = new Button("Save note");
        save.setId("save-note");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> saveNote());
        note.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                saveNote();
                e.consume();
            }
        });
        quote.setId("matrix-quote");
        quote.setMinWidth(Region.USE_PREF_SIZE);
        quote.setOnAction(e -> {
            ThemeMatrix.Row r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                model.setQuote(r, quote.isSelected());
            }
        });
        cited.setWrapText(true);
        cited.getStyleClass().add("hint");
        HBox.setHgrow(note, Priority.ALWAYS);
        VBox actions = new VBox(6, save, quote);
        HBox noteRow = new HBox(8, note, actions);
        VBox box = new VBox(6, cited, extract, noteRow);
        VBox.setVgrow(extract, Priority.ALWAYS);
        box.setPadding(new Insets(6, 8, 6, 8));
        showSelected();
        return box;
    }

    private Region exportBar() {
        return ExportBar.build("matrix-export", model.exportFolderProperty(), model.messageProperty(),
                ThemeMatrixModel.FORMATS, f -> switch (f) {
                    case XLSX -> "Excel (.xlsx)";
                    case DOCX -> "Word report, all themes (.docx)";
                    case HTML -> "Review page (.html)";
                    default -> "CSV (.csv)";
                }, f -> model.export(f, p -> { }));
    }

    private void saveNote() {
        ThemeMatrix.Row r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            model.setNote(r, note.getText());
        }
    }

    private void showSelected() {
        ThemeMatrix.Row r = table.getSelectionModel().getSelectedItem();
        boolean none = r == null;
        extract.setText(none ? "" : r.extract());
        cited.setText(none ? "Select an extract to read it in full, note it or choose it as a quotation."
                : r.citation() + "  ·  node " + r.node() + (r.subTheme().isEmpty() ? "" : "  ·  sub-theme "
                + r.subTheme()) + (r.alsoElsewhere() ? "  ·  also supports " + String.join(", ", r.otherThemes())
                : ""));
        // What is being typed is kept while the same extract reloads (e.g. after its flag changed).
        if (none || !note.isFocused() || !r.codingGuid().equals(shownGuid)) {
            note.setText(none ? "" : r.note());
        }
        shownGuid = none ? null : r.codingGuid();
        quote.setSelected(!none && r.quote());
        note.setDisable(none);
        quote.setDisable(none);
    }

    private void showCounts() {
        ThemeMatrix m = model.matrixProperty().get();
        if (m == null) {
            counts.setText(model.themes().isEmpty() ? "No themes yet: make one on the Themes tab" : "");
            return;
        }
        long quotes = m.rows().stream().filter(ThemeMatrix.Row::quote).count();
        counts.setText(m.rows().size() + (m.rows().size() == 1 ? " extract" : " extracts") + "  ·  "
                + m.flaggedCount() + " also in other themes  ·  " + quotes
                + (quotes == 1 ? " quotation chosen" : " quotations chosen"));
    }

    // Spaces round the slashes let a path wrap between its parts rather than in the middle of a word.
    private static String breakable(String path) {
        return path.replace("/", " / ");
    }

    private static String cut(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= TABLE_EXTRACT ? flat : flat.substring(0, TABLE_EXTRACT - 1) + "…";
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static ListCell<Theme> themeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Theme t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name() + "  (" + t.status().label() + ")");
            }
        };
    }
}
