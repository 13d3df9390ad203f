package org.quire.ui.projects;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A recent project in a list: its title, and below it where it lives (or that it is gone, or open now). */
final class RecentCell extends ListCell<ProjectSession.RecentEntry> {
    private final Supplier<Path> current;
    private final Label title = new Label();
    private final Label where = new Label();
    private final VBox box = new VBox(1, title, where);

    RecentCell(Supplier<Path> current) {
        this.current = current;
        title.getStyleClass().add("panel-heading");
        where.getStyleClass().add("passage-meta");
    }

    @Override
    protected void updateItem(ProjectSession.RecentEntry item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setDisable(false);
            return;
        }
        Path open = current.get();
        boolean isOpen = open != null && open.toAbsolutePath().normalize().equals(item.folder().toAbsolutePath().normalize());
        title.setText(item.title() == null || item.title().isBlank() ? String.valueOf(item.folder().getFileName())
                : item.title());
        where.setText(item.folder() + (item.available() ? "" : " — folder not found") + (isOpen ? " — open now" : ""));
        setDisable(!item.available());
        setGraphic(box);
    }
}
