package org.quire.ui.projects;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** File → New project…: a title, the folder's name (from the title unless typed) and where to keep it. */
final class NewProjectPanel extends OverlayPanel {
    private final ProjectSession session;
    private final TextField title = new TextField();
    private final TextField name = new TextField();
    private final TextField parent = new TextField();
    private final javafx.scene.control.ChoiceBox<String> language = new javafx.scene.control.ChoiceBox<>();
    private final Label preview = hint("");
    private final javafx.scene.control.RadioButton learningYes = new javafx.scene.control.RadioButton("Yes");
    private final javafx.scene.control.RadioButton learningNo = new javafx.scene.control.RadioButton("No");
    // The folder name follows the title until the user types a name of their own.
    private boolean nameTyped;

    NewProjectPanel(ProjectSession session) {
        super("new-project-panel", "New project");
        this.session = session;
        title.setId("new-project-title");
        title.setPromptText("e.g. Partnership fieldwork 2017–18");
        name.setId("new-project-name");
        parent.setId("new-project-parent");
        title.textProperty().addListener((o, a, b) -> {
            if (!nameTyped) {
                name.setText(folderName(b));
            }
            updatePreview();
        });
        name.setOnKeyTyped(e -> nameTyped = true);
        name.textProperty().addListener((o, a, b) -> updatePreview());
        parent.textProperty().addListener((o, a, b) -> updatePreview());
        Button browse = button("Browse…", "new-project-browse");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Where to keep the new project");
            Path start = Path.of(parent.getText().strip());
            if (Files.isDirectory(start)) {
                chooser.setInitialDirectory(start.toFile());
            }
            var chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                parent.setText(chosen.getPath());
            }
        });
        HBox.setHgrow(parent, Priority.ALWAYS);
        // Codes shown with their names; the stemmer is fixed for the project's life (the index is built with it).
        language.setId("new-project-language");
        org.quire.service.Project.languages().forEach((code, languageName) -> language.getItems().add(code));
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : org.quire.service.Project.languages().get(code) + " (" + code + ")";
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        language.setValue("en");
        // The chosen name must show whole ("Portuguese (pt)"), the hint beside it wraps instead.
        language.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label languageHint = hint("Searches find other forms of a word (volunteers, volunteering) in this language.");
        HBox.setHgrow(languageHint, Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Title:"), title);
        grid.addRow(1, new Label("Folder name:"), name);
        grid.addRow(2, new Label("Keep it in:"), new HBox(6, parent, browse));
        HBox languageRow = new HBox(8, language, languageHint);
        languageRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(3, new Label("Language:"), languageRow);
        grid.addRow(4, new Label("Are you learning thematic analysis?"), learningRow());
        ColumnConstraints labels = new ColumnConstraints();
        // Wrapped hints in the second column must not squeeze the labels to "…".
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        Button cancel = button("Cancel", "new-project-cancel");
        cancel.setOnAction(e -> hide());
        Button create = button("Create and open", "new-project-create");
        create.disableProperty().bind(name.textProperty().isEmpty().or(session.busyProperty()));
        create.setOnAction(e -> {
            session.create(Path.of(parent.getText().strip()), name.getText(), title.getText(), language.getValue(),
                    learningYes.isSelected());
            hide();
        });
        layOut(new VBox(10, hint("A project is a folder ending in .quire that holds the database, the index and a"
                + " copy of every imported file. The project open now is closed when the new one opens."),
                grid, preview), cancel, create);
    }

    /** Yes opens the Guide pane with this project (Help → Guide opens it in any project). */
    private HBox learningRow() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        learningYes.setId("new-project-learning-yes");
        learningNo.setId("new-project-learning-no");
        learningYes.setToggleGroup(group);
        learningNo.setToggleGroup(group);
        learningYes.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        learningNo.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label why = hint("Yes opens a guide to Braun & Clarke's six phases beside your work, with checks you can run"
                + " any time. Help → Guide (F1) opens it later too.");
        HBox.setHgrow(why, Priority.ALWAYS);
        HBox row = new HBox(8, learningYes, learningNo, why);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    @Override
    void refresh() {
        learningNo.setSelected(true);
        name.clear();
        language.setValue("en");
        nameTyped = false;
        var current = session.projectProperty().get();
        Path home = Path.of(System.getProperty("user.home"));
        // Next to the project in use is where most people keep the next one.
        Path where = current != null && current.folder().toAbsolutePath().getParent() != null
                ? current.folder().toAbsolutePath().getParent() : home;
        parent.setText(where.toString());
        // A name that is free there, so Create works at once; it is selected, so typing replaces it.
        title.setText(freeTitle(where));
        updatePreview();
    }

    @Override
    void focusFirst() {
        title.requestFocus();
        title.selectAll();
    }

    /** "My study", or "My study 2", 3, … when a project folder of that name is already in {@code parent}. */
    static String freeTitle(Path parent) {
        String title = "My study";
        for (int n = 2; Files.exists(parent.resolve(folderName(title) + ".quire")); n++) {
            title = "My study " + n;
        }
        return title;
    }

    private void updatePreview() {
        String n = name.getText().strip();
        if (n.isEmpty()) {
            preview.setText("Give the project a title or a folder name.");
            return;
        }
        preview.setText("Quire will create " + Path.of(parent.getText().strip())
                .resolve(n.endsWith(".quire") ? n : n + ".quire"));
    }

    /** A title made safe as a folder name on Windows, macOS and Linux. */
    static String folderName(String title) {
        return title == null ? "" : title.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-");
    }
}
