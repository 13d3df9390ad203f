package org.quire.ui.projects;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** File → Open project…: a folder typed, browsed for, or picked from the recent projects. */
final class OpenProjectPanel extends OverlayPanel {
    private final ProjectSession session;
    private final TextField folder = new TextField();
    private final ListView<ProjectSession.RecentEntry> recent;

    OpenProjectPanel(ProjectSession session) {
        super("open-project-panel", "Open project");
        this.session = session;
        folder.setId("open-project-folder");
        folder.setPromptText("The project's folder, e.g. " + Path.of(System.getProperty("user.home"), "Quire",
                "Fieldwork.quire"));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = button("Browse…", "open-project-browse");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a Quire project folder (its name ends in .quire)");
            Path typed = folder.getText().isBlank() ? null : Path.of(folder.getText().strip());
            Path start = typed != null && Files.isDirectory(typed) ? typed.toAbsolutePath().getParent() : null;
            if (start != null) {
                chooser.setInitialDirectory(start.toFile());
            }
            var chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getPath());
            }
        });
        recent = new ListView<>(session.recent());
        recent.setId("open-project-recent");
        recent.setPrefHeight(230);
        recent.setCellFactory(list -> new RecentCell(() -> session.projectProperty().get() == null ? null
                : session.projectProperty().get().folder()));
        recent.getSelectionModel().selectedItemProperty().addListener((o, a, entry) -> {
            if (entry != null) {
                folder.setText(entry.folder().toString());
            }
        });
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
                openTyped();
            }
        });
        Button cancel = button("Cancel", "open-project-cancel");
        cancel.setOnAction(e -> hide());
        Button open = button("Open", "open-project-open");
        open.disableProperty().bind(folder.textProperty().isEmpty().or(session.busyProperty()));
        open.setOnAction(e -> openTyped());
        Label recentLabel = new Label("Recent projects");
        recentLabel.getStyleClass().add("panel-heading");
        layOut(new VBox(8, folderRow(browse), hint("The project open now stays open until this one has"
                + " opened; if it cannot be opened you are told why."), recentLabel, recent), cancel, open);
    }

    private HBox folderRow(Button browse) {
        HBox row = new HBox(6, new Label("Project folder:"), folder, browse);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private void openTyped() {
        String typed = folder.getText().strip();
        if (!typed.isEmpty()) {
            session.open(Path.of(typed.startsWith("~") ? System.getProperty("user.home") + typed.substring(1) : typed));
            hide();
        }
    }

    @Override
    void refresh() {
        folder.clear();
        recent.getSelectionModel().clearSelection();
        session.refreshRecent();
    }

    @Override
    void focusFirst() {
        folder.requestFocus();
    }
}
