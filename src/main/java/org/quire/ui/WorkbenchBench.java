package org.quire.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.ui.coding.CodingPanelViewModel;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.common.NodeRow;
import org.quire.ui.common.OpenDocument;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;

/**
 * {@code quire bench --scenario workbench --project DIR [--actions N]}: the real workbench window
 * on a project, timed by its own frames (docs/performance.md, "The workbench's frames"). It waits
 * for the node tree and its counts, opens the five largest sources one after another (each in a
 * new tab: from the request until the frame laid out with its text and codings), then codes N
 * passages of the largest at random nodes through the coding panel's own path (select, code, the
 * document repaints with the new coding). Meanwhile an animation timer keeps a frame coming every
 * 1/60 s, and the time between two frames is recorded: a frame that takes longer is the window
 * not answering. Prints a table of the figures and quits. Needs a display (Xvfb is enough).
 */
public final class WorkbenchBench extends Application {
    private static final int OPENS = 5;
    private static final long STUCK_NS = 30_000_000_000L;
    private static volatile boolean failed;

    /** Whether the last run stopped because the window did not finish a step. */
    public static boolean failed() {
        return failed;
    }
    private static Project opening;
    private static int actions;
    private static long seed;

    /** Runs the scenario; returns when the window has closed. */
    public static void run(Path project, int codings, long randomSeed) {
        opening = Project.open(project, "Bench");
        actions = codings;
        seed = randomSeed;
        Application.launch(WorkbenchBench.class);
    }

    private enum Step { TREE, OPENING, CODING, DONE }

    private Project project;
    private FxTaskRunner runner;
    private WorkbenchViewModel vm;
    private CodingPanelViewModel coding;
    private Scene scene;
    private Step step = Step.TREE;
    private final long launched = System.nanoTime();
    private long treeShownAt;
    private long countsShownAt;
    private long lastFrame;
    private long requested;
    private int before;
    private List<Source> largest;
    private int opened;
    private int coded;
    private Random random;
    private final List<Double> openMs = new ArrayList<>();
    private final List<Double> codeMs = new ArrayList<>();
    private final List<Double> openingGaps = new ArrayList<>();
    private final List<Double> codingGaps = new ArrayList<>();
    // Where a slow frame's time went: the window thread's own work, the collector, or neither (the
    // thread waited for a core).
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private final List<Double> codingFrameCpu = new ArrayList<>();
    private final List<String> slowFrames = new ArrayList<>();
    private long lastCpu;
    private long lastGc;
    private long lastRender;
    // JavaFX draws on a thread of its own.
    private final Thread renderer = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);

    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    @Override
    public void start(Stage stage) {
        random = new Random(seed);
        project = opening;
        runner = new FxTaskRunner();
        vm = new WorkbenchViewModel(project, runner);
        // Before the window's own listener, which shows the message and clears it.
        vm.errorProperty().addListener((o, was, now) -> {
            if (now != null && !now.isBlank()) {
                System.err.println("quire bench: the workbench said (" + step + "): " + now);
            }
        });
        coding = new CodingPanelViewModel(vm);
        WorkbenchView view = new WorkbenchView(vm, runner);
        scene = new Scene(view.build(), 1280, 720);
        stage.setScene(scene);
        stage.setTitle("Quire workbench benchmark");
        stage.show();
        // Keeps a frame coming every 1/60 s, so the time between two frames measures the window.
        new AnimationTimer() {
            @Override
            public void handle(long now) {
            }
        }.start();
        scene.addPostLayoutPulseListener(this::frame);
        vm.load();
    }

    private void frame() {
        long now = System.nanoTime();
        if (step != Step.DONE && requested != 0 && now - requested > STUCK_NS) {
            System.err.println("quire bench: the workbench did not finish '" + step + "' within 30 s; stopping");
            failed = true;
            finish();
            return;
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        long gc = gcMillis();
        long render = renderer == null ? 0 : Math.max(0, THREADS.getThreadCpuTime(renderer.threadId()));
        if (lastFrame != 0) {
            double gap = (now - lastFrame) / 1e6;
            if (step == Step.OPENING) {
                openingGaps.add(gap);
            } else if (step == Step.CODING) {
                codingGaps.add(gap);
                codingFrameCpu.add((cpu - lastCpu) / 1e6);
                if (gap > 100) {
                    slowFrames.add(String.format(Locale.ROOT, "%.0f ms (window thread's CPU %.0f ms, renderer's %.0f ms,"
                            + " collector pauses %d ms)", gap, (cpu - lastCpu) / 1e6, (render - lastRender) / 1e6, gc - lastGc));
                }
            }
        }
        lastFrame = now;
        lastCpu = cpu;
        lastGc = gc;
        lastRender = render;
        switch (step) {
            case TREE -> waitForTree(now);
            case OPENING -> waitForDocument(now);
            case CODING -> waitForCoding(now);
            case DONE -> {
            }
        }
    }

    private void waitForTree(long now) {
        if (vm.nodes().isEmpty() || vm.sources().isEmpty()) {
            return;
        }
        if (treeShownAt == 0) {
            treeShownAt = now;
        }
        if (!vm.nodes().get(0).counted() || !vm.loadedProperty().get()) {
            return;
        }
        countsShownAt = now;
        largest = vm.sources().stream().sorted(Comparator.comparingInt(Source::length).reversed())
                .limit(OPENS).toList();
        step = Step.OPENING;
        openNext(now);
    }

    private void openNext(long now) {
        requested = now;
        vm.open(largest.get(opened));
    }

    private void waitForDocument(long now) {
        Source source = largest.get(opened);
        if (!shown(source)) {
            return;
        }
        openMs.add((now - requested) / 1e6);
        opened++;
        if (opened < largest.size()) {
            openNext(now);
            return;
        }
        // Back to the largest, whose tab is brought forward, and code in it.
        vm.open(largest.get(0));
        step = Step.CODING;
        before = -1;
    }

    private boolean shown(Source source) {
        // The text area is looked up once per source (a lookup of the whole window every frame
        // would itself take frame time), then only asked what it holds.
        InlineCssTextArea area = areas.get(source.id());
        if (area == null) {
            area = org.quire.ui.document.DocumentView.areaShowing(scene.getRoot(), source.id());
            if (area != null) {
                areas.put(source.id(), area);
            }
        }
        if (area == null || !source.id().equals(area.getUserData()) || area.getLength() == 0) {
            return false;
        }
        OpenDocument doc = vm.documentProperty().get();
        return doc != null && doc.source().id().equals(source.id());
    }

    private final java.util.Map<org.quire.model.SourceId, InlineCssTextArea> areas = new java.util.HashMap<>();

    private void waitForCoding(long now) {
        OpenDocument doc = vm.documentProperty().get();
        if (doc == null || !doc.source().id().equals(largest.get(0).id()) || !shown(largest.get(0))) {
            return;
        }
        if (before >= 0 && doc.highlights().size() <= before) {
            return;
        }
        if (before >= 0) {
            codeMs.add((now - requested) / 1e6);
            coded++;
        }
        if (coded >= actions) {
            finish();
            return;
        }
        int length = doc.text().text().length();
        int size = 40 + random.nextInt(600);
        int start = random.nextInt(Math.max(1, length - size));
        List<NodeRow> rows = vm.nodes();
        NodeRow at = rows.get(random.nextInt(rows.size()));
        before = doc.highlights().size();
        requested = now;
        coding.codeAt(at.path(), new Span(start, Math.min(length, start + size)));
    }

    private void finish() {
        step = Step.DONE;
        StringBuilder out = new StringBuilder();
        out.append("| what | n | p50 ms | p95 ms | worst ms |\n|---|---:|---:|---:|---:|\n");
        out.append(String.format(Locale.ROOT, "| launch of the window to the node tree shown | 1 | %.0f | | |%n",
                (treeShownAt - launched) / 1e6));
        out.append(String.format(Locale.ROOT, "| launch of the window to the counts shown | 1 | %.0f | | |%n",
                (countsShownAt - launched) / 1e6));
        // The target: the largest source, opened for the first time, painted within 300 ms.
        out.append(String.format(Locale.ROOT, "| the largest source, opened first, to its frame | 1 | %.0f | | |%n",
                openMs.get(0)));
        out.append(row("open one of the 5 largest sources, to its frame", openMs));
        out.append(row("frame gaps while opening them", openingGaps));
        out.append(row("code a passage, to the frame showing it", codeMs));
        out.append(row("frame gaps while coding", codingGaps));
        out.append(row("the window thread's CPU time per frame while coding", codingFrameCpu));
        long over100 = codingGaps.stream().filter(g -> g > 100).count();
        long over50 = codingGaps.stream().filter(g -> g > 50).count();
        out.append(String.format(Locale.ROOT, "%nWhile coding: %d frames, %d took longer than 50 ms, %d longer than"
                + " 100 ms. Largest source: %,d characters.%n", codingGaps.size(), over50, over100,
                largest.get(0).length()));
        for (String slow : slowFrames) {
            out.append("  a frame of ").append(slow).append('\n');
        }
        System.out.print(out);
        System.out.flush();
        // The codings made are undone (Ctrl+Z, one by one), so the project is as it was; then the
        // project closes off the window's thread and the window goes.
        for (int i = 0; i < coded; i++) {
            vm.undo();
        }
        runner.run("Closing the benchmark", () -> null, x -> close(), e -> close());
    }

    private void close() {
        runner.close();
        // The window goes first: a reload still queued would otherwise report the closed project.
        Platform.exit();
        Thread closer = new Thread(project::close, "quire-bench-close");
        closer.start();
    }

    private static String row(String what, List<Double> values) {
        if (values.isEmpty()) {
            return String.format(Locale.ROOT, "| %s | 0 | | | |%n", what);
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", what, sorted.size(),
                percentile(sorted, 0.5), percentile(sorted, 0.95), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
