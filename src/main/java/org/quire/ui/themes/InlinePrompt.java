package org.quire.ui.themes;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A question asked inside the window rather than in a separate dialog: a name to type (new theme,
 * sub-theme, rename) or a confirmation (delete). Enter answers, Escape cancels. Hidden when idle.
 */
final class InlinePrompt extends VBox {
    private final Label question = new Label();
    private final TextField answer = new TextField();
    private final Button ok = new Button("OK");
    private final Button cancel = new Button("Cancel");
    private Runnable onOk = () -> { };

    InlinePrompt() {
        super(6);
        setId("theme-prompt");
        getStyleClass().add("inline-prompt");
        setStyle("-fx-background-color: -fx-control-inner-background; -fx-border-color: -fx-accent;"
                + " -fx-border-width: 1.5; -fx-background-radius: 4; -fx-border-radius: 4;");
        setPadding(new Insets(8));
        question.setWrapText(true);
        answer.setId("theme-prompt-answer");
        ok.setId("theme-prompt-ok");
        ok.setDefaultButton(false);
        ok.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        ok.setOnAction(e -> answer());
        cancel.setOnAction(e -> close());
        answer.setOnAction(e -> answer());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        HBox.setHgrow(answer, Priority.ALWAYS);
        close();
    }

    /** Asks for a name; {@code then} gets it stripped, and only when it is not blank. */
    void ask(String text, String initial, String okLabel, Consumer<String> then) {
        question.setText(text);
        answer.setText(initial);
        ok.setText(okLabel);
        onOk = () -> {
            String a = answer.getText() == null ? "" : answer.getText().strip();
            if (!a.isEmpty()) {
                close();
                then.accept(a);
            }
        };
        HBox row = new HBox(6, answer, ok, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(question, row);
        open();
        answer.requestFocus();
        answer.selectAll();
    }

    /** Asks to confirm; {@code then} runs on OK. */
    void confirm(String text, String okLabel, Runnable then) {
        question.setText(text);
        ok.setText(okLabel);
        onOk = () -> {
            close();
            then.run();
        };
        FlowPane row = new FlowPane(6, 4, ok, cancel);
        getChildren().setAll(question, row);
        open();
        cancel.requestFocus();
    }

    private void answer() {
        onOk.run();
    }

    private void open() {
        setVisible(true);
        setManaged(true);
    }

    void close() {
        setVisible(false);
        setManaged(false);
    }
}
