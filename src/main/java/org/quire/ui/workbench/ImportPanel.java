package org.quire.ui.workbench;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.service.sources.ImportOutcome;

/**
 * The per-file status of an import, shown over the document while files come in: imported,
 * duplicate, or failed with the reason in words a researcher understands. Cancel stops the batch
 * after the current file.
 */
final class ImportPanel extends VBox {
    ImportPanel(WorkbenchViewModel vm) {
        super(6);
        getStyleClass().add("import-panel");
        setId("import-panel");
        setMaxWidth(720);
        setMaxHeight(USE_PREF_SIZE);
        Label title = new Label("Import");
        title.getStyleClass().add("quick-code-heading");
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.importProgressProperty());
        progress.visibleProperty().bind(vm.importProgressProperty().greaterThanOrEqualTo(0));
        ListView<ImportOutcome> list = new ListView<>(vm.importResults());
        list.setId("import-results");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ImportOutcome o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : describe(o));
                getStyleClass().remove("import-failed");
                if (!empty && o != null && o.status() == ImportOutcome.Status.FAILED) {
                    getStyleClass().add("import-failed");
                }
            }
        });
        Label summary = new Label();
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(vm), vm.importResults()));
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> vm.cancelImport());
        cancel.disableProperty().bind(vm.importProgressProperty().lessThan(0));
        Button close = new Button("Close");
        close.setId("import-close");
        close.setOnAction(e -> {
            setVisible(false);
            setManaged(false);
        });
        close.disableProperty().bind(vm.importProgressProperty().greaterThanOrEqualTo(0));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, summary, spacer, cancel, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, progress, list, buttons);
        setVisible(false);
        setManaged(false);
    }

    void show() {
        setVisible(true);
        setManaged(true);
    }

    static String describe(ImportOutcome o) {
        String file = o.file().getFileName().toString();
        return switch (o.status()) {
            case IMPORTED -> "✓ " + file + " → " + o.source().path() + " (" + o.source().wordCount() + " words)"
                    + (o.warnings().isEmpty() ? "" : " — " + String.join("; ", o.warnings()));
            case DUPLICATE -> "= " + file + ": " + o.message();
            case FAILED -> "✗ " + (o.message() == null ? file + ": could not be imported" : o.message());
            case CANCELLED -> "– " + file + ": cancelled";
        };
    }

    private static String summary(WorkbenchViewModel vm) {
        long imported = vm.importResults().stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();
        long failed = vm.importResults().stream().filter(o -> o.status() == ImportOutcome.Status.FAILED).count();
        return imported + " imported" + (failed > 0 ? ", " + failed + " could not be imported" : "");
    }
}
