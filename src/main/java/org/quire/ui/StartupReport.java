package org.quire.ui;

import java.util.Comparator;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableView;
import org.fxmisc.richtext.InlineCssTextArea;
import org.quire.model.Source;
import org.quire.ui.document.DocumentView;
import org.quire.ui.workbench.WorkbenchViewModel;

/**
 * With the environment variable QUIRE_STARTUP_REPORT set, prints one line to stderr when the
 * workbench first shows a project's code book (the node tree has its rows): what the start-up
 * benchmark measures (docs/install.md). It looks once a frame until then, and never without the
 * variable. With the value {@code exit}, Quire waits for the nodes' counts too, then opens the
 * project's longest source as a reader would and, once it is drawn, quits as File → Quit does: the
 * run that trains the installed program's start-up cache (src/packaging/Packager.java) is such a
 * start, so that the cache holds the document view's code as well as the code book's.
 */
final class StartupReport {
    /** The training run quits after this long in any case: a cache is better than a build that hangs. */
    private static final long TRAINING_LIMIT_NANOS = 20_000_000_000L;

    private StartupReport() {
    }

    static void watch(Scene scene, Supplier<WorkbenchViewModel> workbench) {
        if (System.getenv("QUIRE_STARTUP_REPORT") == null) {
            return;
        }
        boolean training = "exit".equals(System.getenv("QUIRE_STARTUP_REPORT"));
        new AnimationTimer() {
            private long started;
            private Source opened;
            private int framesDrawn;

            @Override
            public void handle(long now) {
                if (started == 0) {
                    started = now;
                }
                if (opened != null) {
                    // Two frames after the text is in its area: laid out, styled and drawn.
                    if (shows(scene, opened) && ++framesDrawn >= 2 || now - started > TRAINING_LIMIT_NANOS) {
                        stop();
                        scene.getWindow().hide();
                    }
                    return;
                }
                if (scene.lookup("#nodes") instanceof TreeTableView<?> tree && tree.getRoot() != null
                        && !tree.getRoot().getChildren().isEmpty()) {
                    WorkbenchViewModel vm = workbench.get();
                    if (training && (!counted(tree.getRoot().getChildren().get(0)) || vm == null
                            || !vm.loadedProperty().get()) && now - started < TRAINING_LIMIT_NANOS) {
                        // The training run waits for the counts (and the sources) too, so the cache
                        // holds their code.
                        return;
                    }
                    // The wall-clock time: the benchmark subtracts the time it launched Quire. Where
                    // the time went (the window built, the project open, the first screen read) first.
                    long shown = System.currentTimeMillis();
                    System.err.println(org.quire.ui.common.StartupTimeline.marks());
                    System.err.println("quire: startup: node tree shown at " + shown
                            + " ms since the epoch, " + tree.getExpandedItemCount() + " rows");
                    if (!training) {
                        stop();
                        return;
                    }
                    // The packaging's training run: start, show the project, open its longest source,
                    // quit as Quit does.
                    opened = vm == null ? null : vm.sources().stream().max(Comparator.comparingInt(Source::length))
                            .filter(s -> s.length() > 0).orElse(null);
                    if (opened == null) {
                        stop();
                        scene.getWindow().hide();
                        return;
                    }
                    vm.open(opened);
                }
            }
        }.start();
    }

    /** Whether the code book's first row shows its counts: counts reach a row in place, not as a new value of its item. */
    static boolean counted(javafx.scene.control.TreeItem<?> first) {
        org.quire.ui.common.NodeRow row = org.quire.ui.workbench.NodeTreeItem.rowOf(first);
        return row == null || row.counted();
    }

    /** Whether a document tab shows {@code source}'s text. */
    static boolean shows(Scene scene, Source source) {
        InlineCssTextArea area = DocumentView.areaShowing(scene.getRoot(), source.id());
        return area != null && area.getLength() > 0;
    }
}
