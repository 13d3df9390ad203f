package org.quire.ui.workbench;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An in-window panel for REFI-QDA work: progress while an export or import runs, then its result —
 * for an import, the full report of what arrived and what could not be carried over.
 */
final class RefiPanel extends VBox {
    RefiPanel(RefiViewModel vm) {
        super(6);
        getStyleClass().add("import-panel");
        setId("refi-panel");
        setMaxWidth(760);
        setMaxHeight(USE_PREF_SIZE);
        Label title = new Label();
        title.getStyleClass().add("quick-code-heading");
        title.textProperty().bind(vm.headingProperty());
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.progressProperty().greaterThanOrEqualTo(0));
        progress.managedProperty().bind(progress.visibleProperty());
        ListView<String> report = new ListView<>(vm.lines());
        report.setId("refi-report");
        report.setPrefHeight(260);
        Button open = new Button("Open the new project");
        open.setId("refi-open");
        open.visibleProperty().bind(vm.createdProjectProperty().isNotNull());
        open.setOnAction(e -> vm.openCreated());
        Button close = new Button("Close");
        close.setId("refi-close");
        close.disableProperty().bind(vm.progressProperty().greaterThanOrEqualTo(0));
        close.setOnAction(e -> vm.visibleProperty().set(false));
        // Asked before an import whose file names files outside its archive.
        Button skip = new Button("Import without them");
        skip.setId("refi-skip-outside");
        skip.setOnAction(e -> vm.importWithoutOutsideFiles());
        Button allow = new Button("Allow a folder…");
        allow.setId("refi-allow-folder");
        allow.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle("The folder the files outside the archive may be read from");
            java.nio.file.Path beside = vm.pendingFile() == null ? null : vm.pendingFile().toAbsolutePath().getParent();
            if (beside != null) {
                chooser.setInitialDirectory(beside.toFile());
            }
            java.io.File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                vm.importAllowingFilesIn(folder.toPath());
            }
        });
        for (Button b : new Button[] {skip, allow}) {
            b.visibleProperty().bind(vm.askingProperty());
            b.managedProperty().bind(vm.askingProperty());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, skip, allow, open, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, progress, report, buttons);
        visibleProperty().bind(vm.visibleProperty());
        managedProperty().bind(vm.visibleProperty());
    }
}
