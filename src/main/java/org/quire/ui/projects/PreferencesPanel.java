package org.quire.ui.projects;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.quire.ui.prefs.DisplaySettings;

/**
 * Edit → Preferences…: the coder's name, applied with Save (the project is opened again under it),
 * and the text size and theme, which apply as they are changed. Also shown at the first start to
 * confirm the name.
 */
final class PreferencesPanel extends OverlayPanel {
    private final ProjectSession session;
    private final TextField coder = new TextField();
    private final Label coderNote;
    // Held here: a bidirectional binding keeps only weak references to its two ends.
    private final ObjectProperty<Integer> size;

    PreferencesPanel(ProjectSession session, DisplaySettings display) {
        super("preferences-panel", "Preferences");
        this.session = session;
        coder.setId("prefs-coder");
        coder.setPrefColumnCount(24);
        Spinner<Integer> textSize = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                DisplaySettings.MIN_SIZE, DisplaySettings.MAX_SIZE, display.textSizeProperty().get()));
        textSize.setId("prefs-text-size");
        textSize.setEditable(true);
        textSize.setPrefWidth(90);
        size = display.textSizeProperty().asObject();
        textSize.getValueFactory().valueProperty().bindBidirectional(size);
        CheckBox dark = new CheckBox("Dark theme");
        dark.setId("prefs-dark");
        dark.selectedProperty().bindBidirectional(display.darkProperty());
        coderNote = hint("");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Your name:"), coder);
        grid.add(coderNote, 1, 1);
        grid.addRow(2, new Label("Text size:"), textSize);
        grid.add(dark, 1, 3);
        grid.add(hint("Text size (of the source text, in pixels) and theme apply at once."), 1, 4);
        ColumnConstraints labels = new ColumnConstraints();
        // Wrapped hints in the second column must not squeeze the labels to "…".
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        Button close = button("Close", "prefs-close");
        close.setOnAction(e -> hide());
        Button save = button("Save", "prefs-save");
        save.disableProperty().bind(coder.textProperty().isEmpty().or(session.busyProperty()));
        save.setOnAction(e -> {
            session.changeCoder(coder.getText());
            hide();
        });
        layOut(new VBox(8, grid), close, save);
    }

    /** Shows the panel as the first-start welcome: the name comes first. */
    void showWelcome() {
        setHeading("Welcome to Quire");
        show();
    }

    @Override
    void hide() {
        super.hide();
        setHeading("Preferences");
    }

    @Override
    void refresh() {
        coder.setText(session.coderProperty().get());
        coderNote.setText("Recorded with every change you make (codings, memos, the audit trail)."
                + (session.projectProperty().get() == null ? ""
                : " Saving a new name reopens the project under it; Undo starts afresh."));
    }

    @Override
    void focusFirst() {
        coder.requestFocus();
        coder.selectAll();
    }
}
