package org.quire.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

/** A list whose selected item opens on a double-click or on Enter, as lists in the workbench do. */
public final class OpenOnList {
    private OpenOnList() {
    }

    /** Opens the selected item of {@code list} with {@code open} on a double-click or Enter. */
    public static <T> void install(ListView<T> list, Consumer<T> open) {
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
    }
}
