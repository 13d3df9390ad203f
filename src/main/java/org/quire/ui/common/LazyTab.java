package org.quire.ui.common;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;

/**
 * A tab whose screen is built the first time it is shown. The workbench has a dozen screens and a
 * researcher opening a project wants the sources and the code book: building the others up front
 * (controls, and the reads each one queues) delayed the first screen by a second at size M.
 */
public final class LazyTab {
    private LazyTab() {
    }

    /** A closable-false tab with this title and id, whose content {@code build} makes on first selection. */
    public static Tab of(String title, String id, Supplier<Node> build) {
        Tab tab = new Tab(title, new StackPane());
        tab.setId(id);
        tab.setClosable(false);
        boolean[] built = {false};
        Runnable fill = () -> {
            if (!built[0]) {
                built[0] = true;
                tab.setContent(build.get());
            }
        };
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                fill.run();
            }
        });
        tab.getProperties().put(LazyTab.class, fill);
        if (tab.isSelected()) {
            fill.run();
        }
        return tab;
    }

    /** Builds the tab's screen now if it has not been built (for a caller that needs its parts). */
    public static void build(Tab tab) {
        if (tab.getProperties().get(LazyTab.class) instanceof Runnable fill) {
            fill.run();
        }
    }
}
