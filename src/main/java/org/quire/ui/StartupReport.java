package org.quire.ui;

import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableView;

/**
 * With the environment variable QUIRE_STARTUP_REPORT set, prints one line to stderr when the
 * workbench first shows a project's code book (the node tree has its rows): what the start-up
 * benchmark measures (docs/install.md). It looks once a frame until then, and never without the
 * variable.
 */
final class StartupReport {
    private StartupReport() {
    }

    static void watch(Scene scene) {
        if (System.getenv("QUIRE_STARTUP_REPORT") == null) {
            return;
        }
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (scene.lookup("#nodes") instanceof TreeTableView<?> tree && tree.getRoot() != null
                        && !tree.getRoot().getChildren().isEmpty()) {
                    stop();
                    long at = System.currentTimeMillis();
                    long started = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(at);
                    System.err.println("quire: startup: node tree shown at " + at + " ms since the epoch, "
                            + (at - started) + " ms after the process started, " + tree.getExpandedItemCount()
                            + " rows");
                }
            }
        }.start();
    }
}
