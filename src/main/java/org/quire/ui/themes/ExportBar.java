package org.quire.ui.themes;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.service.exchange.ExportOptions;

/**
 * The export row under a matrix: the line that says where the last file went, the folder to write
 * to and a button per format. The buttons wrap onto a second line in a narrow window, and stay put
 * while messages come and go.
 */
final class ExportBar {
    private ExportBar() {
    }

    /**
     * @param prefix  id prefix of the controls ({@code PREFIX-folder}, {@code PREFIX-xlsx}, {@code PREFIX-message})
     * @param caption button text for a format
     */
    static Region build(String prefix, StringProperty folder, StringProperty message, List<ExportOptions.Format> formats,
                        Function<ExportOptions.Format, String> caption, Consumer<ExportOptions.Format> export) {
        TextField path = new TextField();
        path.setId(prefix + "-folder");
        path.textProperty().bindBidirectional(folder);
        HBox.setHgrow(path, Priority.ALWAYS);
        Label title = new Label("Export to folder");
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(6, title, path);
        line.setAlignment(Pos.CENTER_LEFT);
        FlowPane buttons = new FlowPane(6, 4);
        for (ExportOptions.Format f : formats) {
            Button b = new Button(caption.apply(f));
            b.setId(prefix + "-" + f.name().toLowerCase(Locale.ROOT));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> export.accept(f));
            buttons.getChildren().add(b);
        }
        Label said = new Label();
        said.setId(prefix + "-message");
        said.setWrapText(true);
        said.setMinHeight(Region.USE_PREF_SIZE);
        // Never empty, so its line is there before the first message: the buttons do not move when one comes.
        said.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                message.get() == null || message.get().isEmpty()
                        ? "Each export is written to this folder, named after the project and what it holds."
                        : message.get(), message));
        // The message sits above the buttons: the bar is anchored at the bottom of the screen, so a
        // longer message takes room from the table above and the folder and buttons stay where they are.
        VBox bar = new VBox(4, said, line, buttons);
        bar.setPadding(new Insets(6, 8, 8, 8));
        return bar;
    }
}
