package org.quire.ui;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableView;

/**
 * With the environment variable QUIRE_STARTUP_REPORT set, prints one line to stderr when the
 * workbench first shows a project's code book (the node tree has its rows): what the start-up
 * benchmark measures (docs/install.md). It looks once a frame until then, and never without the
 * variable. With the value {@code exit}, Quire waits for the nodes' counts too, then quits, as
 * File → Quit does: the run that trains the installed program's start-up cache
 * (src/packaging/Packager.java) is such a start.
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
                    boolean training = "exit".equals(System.getenv("QUIRE_STARTUP_REPORT"));
                    if (training && !counted(tree.getRoot().getChildren().get(0))) {
                        // The training run waits for the counts too, so the cache holds their code.
                        return;
                    }
                    stop();
                    // The wall-clock time: the benchmark subtracts the time it launched Quire. Where
                    // the time went (the window built, the project open, the first screen read) first.
                    long shown = System.currentTimeMillis();
                    System.err.println(org.quire.ui.common.StartupTimeline.marks());
                    System.err.println("quire: startup: node tree shown at " + shown
                            + " ms since the epoch, " + tree.getExpandedItemCount() + " rows");
                    if (training) {
                        // The packaging's training run: start, show the project, quit as Quit does.
                        scene.getWindow().hide();
                    }
                }
            }
        }.start();
    }

    /** Whether the code book's first row shows its counts: counts reach a row in place, not as a new value of its item. */
    static boolean counted(javafx.scene.control.TreeItem<?> first) {
        org.quire.ui.common.NodeRow row = org.quire.ui.workbench.NodeTreeItem.rowOf(first);
        return row == null || row.counted();
    }
}
