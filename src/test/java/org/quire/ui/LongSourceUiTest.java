package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.analysis.SyntheticText;
import org.quire.model.Node;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.ImportOptions;
import org.quire.service.ImportProgress;
import org.quire.service.Project;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.document.CodingStripes;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 300,000-character source with 2,000 codings: the stripes draw only what is on screen, so a
 * scroll step (layout plus stripes) stays far inside a frame.
 */
@ExtendWith(ApplicationExtension.class)
class LongSourceUiTest {
    @TempDir
    static Path dir;

    private Project project;
    private FxTaskRunner runner;
    private WorkbenchView view;
    private WorkbenchViewModel vm;

    private static Path folder;

    /** Built once, off the JavaFX thread: the text, 40 nodes and about 2,000 codings. */
    @BeforeAll
    static void build() throws Exception {
        SyntheticText words = new SyntheticText(11, 4_000);
        StringBuilder text = new StringBuilder();
        while (text.length() < 300_000) {
            text.append(words.paragraph()).append("\n\n");
        }
        Path notes = dir.resolve("long.txt");
        Files.writeString(notes, text);
        folder = dir.resolve("Long.quire");
        try (Project p = Project.create(folder, "Long", "Ann")) {
            p.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
            Source source = p.sources().list().get(0);
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                nodes.add(p.nodes().createPath("Theme " + (i / 8) + "/Code " + i, "", null));
            }
            // Long passages one by one, then every occurrence of some words (one transaction each)
            // until there are 2,000 codings.
            Random random = new Random(3);
            int made = 0;
            for (int i = 0; i < 150; i++) {
                int start = random.nextInt(source.length() - 3_000);
                p.codings().code(source.id(), nodes.get(i % nodes.size()).id(), new Span(start, start + 200
                        + random.nextInt(2_500)));
                made++;
            }
            java.util.Set<String> used = new java.util.HashSet<>();
            String[] all = text.toString().split("[^\\p{L}]+");
            for (int n = 0; made < 2_000; n++) {
                String word = all[random.nextInt(all.length)];
                if (word.length() >= 5 && used.add(word.toLowerCase(java.util.Locale.ROOT))) {
                    int count = p.codings().codeMatches(source.id(), nodes.get(n % nodes.size()).id(), " " + word + " ",
                            true).size();
                    made += Math.min(count, 2_000 - made);
                }
            }
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        project = Project.open(folder, "Ann");
        runner = new FxTaskRunner();
        vm = new WorkbenchViewModel(project, runner);
        view = new WorkbenchView(vm, runner);
        stage.setScene(new Scene(view.build(), 1280, 820));
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        runner.close();
        project.close();
    }

    @Test
    void scrollingALongDenselyCodedSourceRedrawsTheStripesWithinAFrame(FxRobot robot) throws Exception {
        ListView<Source> sources = robot.lookup("#sources").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sources.getItems().size() == 1);
        long t0 = System.nanoTime();
        robot.interact(() -> sources.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.documentArea().getLength() > 290_000);
        double openMs = (System.nanoTime() - t0) / 1e6;
        CodingStripes stripes = robot.lookup("#coding-stripes").queryAs(CodingStripes.class);

        int paragraphs = view.documentArea().getParagraphs().size();
        robot.interact(() -> view.documentArea().showParagraphAtTop(paragraphs / 2));
        int steps = 60;
        long[] worst = {0};
        long[] total = {0};
        int[] drawn = {0};
        long[] stripeNanos = {0};
        for (int i = 0; i < steps; i++) {
            robot.interact(() -> {
                long s = System.nanoTime();
                // A wheel notch's worth, as a reader scrolls.
                view.documentArea().scrollYBy(120);
                view.documentArea().layout();
                long laid = System.nanoTime();
                stripes.redraw();
                long took = System.nanoTime() - s;
                stripeNanos[0] += System.nanoTime() - laid;
                worst[0] = Math.max(worst[0], took);
                total[0] += took;
                drawn[0] += stripes.drawnCount();
            });
        }
        // Coding a passage repaints the highlights in place: the text is not replaced.
        int before = view.documentArea().getLength();
        robot.interact(() -> view.documentArea().selectRange(1_000, 1_040));
        String style = view.documentArea().getStyleAtPosition(1_020);
        long c0 = System.nanoTime();
        robot.interact(() -> vm.quickCode("Fresh code", new Span(1_000, 1_040)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.nodePaths().contains("Fresh code")
                && !view.documentArea().getStyleAtPosition(1_020).equals(style));
        double codeMs = (System.nanoTime() - c0) / 1e6;
        assertThat(view.documentArea().getLength()).isEqualTo(before);
        assertThat(view.documentArea().getSelectedText()).hasSize(40);
        double meanMs = total[0] / 1e6 / steps;
        int codings = project.codings().bySource(sources.getItems().get(0).id()).size();
        assertThat(codings).isGreaterThanOrEqualTo(2_000);
        double stripesMs = stripeNanos[0] / 1e6 / steps;
        System.out.printf("long source: open %.0f ms; scroll step (layout + stripes) mean %.2f ms, worst %.2f ms;"
                + " stripes alone mean %.2f ms; %.1f stripes drawn per view; code a passage until repainted %.0f ms%n",
                openMs, meanMs, worst[0] / 1e6, stripesMs, (double) drawn[0] / steps, codeMs);
        assertThat(drawn[0]).isPositive();
        // Headless software rendering on a shared 2-core machine: a generous bound that still fails
        // if every coding were drawn, or every character measured, on each step.
        assertThat(stripesMs).isLessThan(40);
    }
}
