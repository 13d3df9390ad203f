package org.quire.ui.sources;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A source's properties tab: the file's facts, and its attributes edited in place. */
public final class SourcePropertiesView {
    private final SourcePropertiesViewModel vm;

    public SourcePropertiesView(SourcePropertiesViewModel vm) {
        this.vm = vm;
    }

    public Region build() {
        Label title = new Label(vm.source().path());
        title.getStyleClass().add("detail-title");
        GridPane facts = new GridPane();
        facts.setHgap(14);
        facts.setVgap(4);
        int row = 0;
        for (SourcePropertiesViewModel.Property p : vm.facts()) {
            Label name = new Label(p.name());
            name.getStyleClass().add("passage-meta");
            Label value = new Label(p.value());
            value.setWrapText(true);
            facts.addRow(row++, name, value);
        }
        Label heading = new Label("Attributes (double-click a value to edit it; Enter saves)");
        heading.getStyleClass().add("panel-heading");
        TableView<SourcePropertiesViewModel.Property> table = new TableView<>(vm.attributes());
        table.setId("source-attributes");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No attributes yet: add one below"));
        TableColumn<SourcePropertiesViewModel.Property, String> name = new TableColumn<>("Attribute");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(180);
        TableColumn<SourcePropertiesViewModel.Property, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.setOnEditCommit(e -> vm.set(e.getRowValue().name(), e.getNewValue()));
        value.setPrefWidth(320);
        table.getColumns().add(name);
        table.getColumns().add(value);
        TextField newName = new TextField();
        newName.setPromptText("New attribute, e.g. Data type");
        TextField newValue = new TextField();
        newValue.setPromptText("Value, e.g. Field note");
        Button add = new Button("Add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> {
            vm.set(newName.getText(), newValue.getText());
            newName.clear();
            newValue.clear();
        });
        HBox adder = new HBox(6, newName, newValue, add);
        HBox.setHgrow(newName, Priority.ALWAYS);
        HBox.setHgrow(newValue, Priority.ALWAYS);
        VBox box = new VBox(8, title, facts, heading, table, adder);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        vm.load();
        return box;
    }
}
