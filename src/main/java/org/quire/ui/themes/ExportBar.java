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
 * The export row under a matrix: the folder to write to, a button per format, and the line that
 * says where the file went. The buttons wrap onto a second line in a narrow window.
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
        said.textProperty().bind(message);
        VBox bar = new VBox(4, line, buttons, said);
        bar.setPadding(new Insets(6, 8, 8, 8));
        return bar;
    }
}
