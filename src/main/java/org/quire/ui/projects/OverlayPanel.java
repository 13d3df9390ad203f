package org.quire.ui.projects;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A panel shown over the window rather than in a window of its own (separate windows need a
 * window manager to be drawn, and a panel keeps the project in view): a heading, a body and a row
 * of buttons; Esc closes it.
 */
abstract class OverlayPanel extends VBox {
    private final Label heading = new Label();

    OverlayPanel(String id, String title) {
        super(10);
        setId(id);
        getStyleClass().add("import-panel");
        setMaxWidth(640);
        setMaxHeight(USE_PREF_SIZE);
        heading.setText(title);
        heading.getStyleClass().add("detail-title");
        setVisible(false);
        managedProperty().bind(visibleProperty());
        StackPane.setAlignment(this, Pos.TOP_CENTER);
        StackPane.setMargin(this, new Insets(70, 0, 0, 0));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
    }

    /** Lays out the body and the buttons: Esc presses {@code cancel}, Enter presses {@code ok}. */
    final void layOut(Node body, Button cancel, Button ok) {
        // Only the panel on screen may answer Enter and Esc: the scene keeps one default button.
        cancel.cancelButtonProperty().bind(visibleProperty());
        ok.defaultButtonProperty().bind(visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, spacer, cancel, ok);
        row.setAlignment(Pos.CENTER_RIGHT);
        getChildren().setAll(heading, body, row);
    }

    void setHeading(String text) {
        heading.setText(text);
    }

    private javafx.scene.layout.Pane host;

    /**
     * The pane the panel is shown in, once it is first shown: until then it is not in the window,
     * where its controls would be styled and laid out at every start for nothing.
     */
    final void hostIn(javafx.scene.layout.Pane pane) {
        host = pane;
    }

    /** Shows the panel with its fields filled afresh and the first one focused. */
    void show() {
        if (getParent() == null && host != null) {
            host.getChildren().add(this);
        }
        refresh();
        setVisible(true);
        toFront();
        javafx.application.Platform.runLater(this::focusFirst);
    }

    void hide() {
        setVisible(false);
    }

    /** Fills the fields from the current state. */
    abstract void refresh();

    abstract void focusFirst();

    static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("passage-meta");
        return l;
    }

    static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }
}
