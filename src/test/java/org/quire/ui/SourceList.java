package org.quire.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import org.quire.model.Source;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens a source as a researcher does: scrolls the Sources list to it and clicks its row. */
final class SourceList {
    private SourceList() {
    }

    static void open(FxRobot robot, ListView<Source> sources, int index) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sources.getItems().size() > index);
        open(robot, sources, sources.getItems().get(index));
    }

    static void open(FxRobot robot, ListView<Source> sources, Source source) throws Exception {
        robot.interact(() -> sources.scrollTo(source));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cellOf(sources, source) != null);
        robot.clickOn(cellOf(sources, source), MouseButton.PRIMARY);
    }

    private static Node cellOf(ListView<Source> sources, Source source) {
        return sources.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && source.equals(c.getItem()))
                .findFirst().orElse(null);
    }
}
