package org.quire.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.quire.generate.GeneratorSize;
import org.quire.generate.ProjectGenerator;
import org.quire.model.Coding;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeTree;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.store.Database;

/**
 * A coding session in one JVM, through the service calls the workbench makes: open a document,
 * then code passages, uncode some, rename nodes and write memo entries, one transaction per action,
 * each followed by the reads the workbench makes after an edit (the open document's codings, the
 * code book with its counts). Reports how the project folder, resident memory and heap moved.
 *
 * <p>It works on a generated project or on a copy of a given one, never on the given project itself.
 */
public final class SessionScenario {
    private static final double MB = 1e6;
    /** A new document is opened every this many actions, as a researcher moves through the data. */
    private static final int ACTIONS_PER_DOCUMENT = 50;

    /**
     * @param size    the size to generate when {@code project} is null
     * @param project a project to copy and work on, or null
     * @param actions how many edits to make
     */
    public record Config(GeneratorSize size, Path project, int actions, long seed, String coder, boolean histogram,
                         int paceMinMillis, int paceMaxMillis) {
        public Config {
            if (actions < 1) {
                throw new QuireException("--actions must be 1 or more");
            }
            if (paceMinMillis < 0 || paceMaxMillis < paceMinMillis) {
                throw new QuireException("--pace must be MIN-MAX milliseconds with 0 <= MIN <= MAX, e.g. 300-1000; got "
                        + paceMinMillis + "-" + paceMaxMillis);
            }
        }

        /** As fast as the machine allows. */
        public Config(GeneratorSize size, Path project, int actions, long seed, String coder, boolean histogram) {
            this(size, project, actions, seed, coder, histogram, 0, 0);
        }

        /** Parses {@code --pace}: "MIN-MAX" or "N" milliseconds between one action and the next; null for none. */
        public static int[] pace(String text) {
            if (text == null || text.isBlank()) {
                return new int[] {0, 0};
            }
            String[] parts = text.strip().split("-", 2);
            try {
                int min = Integer.parseInt(parts[0].strip());
                int max = parts.length == 1 ? min : Integer.parseInt(parts[1].strip());
                return new int[] {min, max};
            } catch (NumberFormatException e) {
                throw new QuireException("--pace must be MIN-MAX milliseconds, e.g. 300-1000; got '" + text + "'");
            }
        }
    }

    /** Latency of one kind of call over the session, in milliseconds. */
    public record Latency(String what, int count, double p50, double p95, double max) {
        static Latency of(String what, List<Double> millis) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted.length == 0 ? new Latency(what, 0, 0, 0, 0)
                    : new Latency(what, sorted.length, Benchmark.percentile(sorted, 50),
                    Benchmark.percentile(sorted, 95), sorted[sorted.length - 1]);
        }
    }

    /**
     * What the session did and left behind. Sizes are in bytes; {@code rssBytes} is -1 where resident
     * memory cannot be read (anywhere but Linux).
     */
    public record Report(String project, int actions, double seconds, long startDatabase, long startFolder,
                         long maxDatabase, long maxFolder, long maxIndex, long endDatabase, long endFolder,
                         long afterCloseDatabase, double closeMillis, long compactedDatabase, long indexBytes,
                         long rssBytes, long heapUsedBytes, long heapCommittedBytes, long heapMaxBytes,
                         List<Latency> latencies, Database.UpkeepStats upkeep, String histogram, String pace,
                         long maxRssBytes, Database.CloseTidy closeTidy) {

        /** The most the folder held during the session, against twice its compacted size plus the index. */
        public boolean withinTwiceCompacted() {
            return maxDatabase <= 2 * compactedDatabase;
        }

        public String markdown() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "Session: %,d actions on %s in %.1f s, %s%n%n", actions, project, seconds,
                    pace));
            b.append("| call | count | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
            for (Latency l : latencies) {
                b.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f |%n", l.what(), l.count(), l.p50(),
                        l.p95(), l.max()));
            }
            b.append("\n| what | figure |\n|---|---:|\n");
            row(b, "database file at the start (compacted)", mb(startDatabase));
            row(b, "database file, most during the session", mb(maxDatabase));
            row(b, "database file at the end, project open", mb(endDatabase));
            row(b, String.format(Locale.ROOT, "database file after closing (close took %.0f ms)", closeMillis),
                    mb(afterCloseDatabase));
            row(b, "tidy at close: database file before / after, time", closeTidy.steps() == 0 ? "nothing to do"
                    : String.format(Locale.ROOT, "%s / %s, %d ms", mb(closeTidy.bytesBefore()), mb(closeTidy.bytesAfter()),
                    closeTidy.millis()));
            row(b, "database file compacted (SHUTDOWN COMPACT)", mb(compactedDatabase));
            row(b, "most during the session / compacted", String.format(Locale.ROOT, "%.2f×",
                    maxDatabase / (double) Math.max(1, compactedDatabase)));
            row(b, "search index (derived; most during the session)", mb(maxIndex));
            int copiesUpTo = Database.upkeepCopiesChunksUpTo();
            row(b, "file upkeep copies chunks", copiesUpTo < 100 ? "at most " + copiesUpTo + "% live"
                    : "of any fill rate, oldest first (H2's choice)");
            row(b, "file upkeep: steps, longest, all together; most CPU in a step", String.format(Locale.ROOT,
                    "%,d, %.1f ms, %.0f ms; %.1f ms", upkeep.steps(), upkeep.maxMillis(), upkeep.totalMillis(),
                    upkeep.maxCpuMillis()));
            row(b, "file upkeep: longest move step; forces to disk, longest", String.format(Locale.ROOT,
                    "%.1f ms; %,d, %.1f ms", upkeep.maxMoveMillis(), upkeep.forces(), upkeep.maxForceMillis()));
            row(b, "back-pressure: steps an edit took itself, longest", String.format(Locale.ROOT, "%,d, %.1f ms",
                    upkeep.pressureSteps(), upkeep.maxPressureMillis()));
            row(b, "edits during which upkeep held the store: of all edits", String.format(Locale.ROOT, "%,d of %,d",
                    upkeep.actionsOverlapped(), upkeep.actions()));
            row(b, "upkeep's hold during an edit (the most it waited), p50 / p95 / max", String.format(Locale.ROOT,
                    "≤ %s / ≤ %s / %.1f ms", bound(upkeep.waitPercentile(50)), bound(upkeep.waitPercentile(95)),
                    upkeep.maxWaitMillis()));
            row(b, "project folder at the start / most / at the end", mb(startFolder) + " / " + mb(maxFolder) + " / "
                    + mb(endFolder));
            row(b, "resident memory (VmRSS) at the end / most at the tenths", rssBytes < 0 ? "not measured"
                    : mb(rssBytes) + " / " + mb(maxRssBytes));
            row(b, "heap in use at the end, after GC", mb(heapUsedBytes));
            row(b, "heap committed / maximum", mb(heapCommittedBytes) + " / " + mb(heapMaxBytes));
            if (histogram != null) {
                b.append("\nLargest classes on the heap at the end (GC.class_histogram):\n\n```\n").append(histogram)
                        .append("```\n");
            }
            return b.toString();
        }

        private static String bound(double ms) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }

        private static void row(StringBuilder b, String what, String figure) {
            b.append("| ").append(what).append(" | ").append(figure).append(" |\n");
        }
    }

    private SessionScenario() {
    }

    public static Report run(Config config, Consumer<String> log) throws IOException {
        Path work = Files.createTempDirectory("quire-session");
        try {
            Path folder = work.resolve("session.quire");
            if (config.project() == null) {
                log.accept("Generating a size " + config.size() + " project in " + folder + " …");
                ProjectGenerator.Report g = ProjectGenerator.generate(folder, config.size(), config.seed(), config.coder(),
                        ProjectGenerator.Progress.NONE);
                log.accept(String.format(Locale.ROOT, "Generated in %.1f s", g.seconds()));
            } else {
                log.accept("Copying " + config.project() + " to " + folder + " (the session works on the copy) …");
                copyProject(config.project(), folder);
            }
            return session(folder, config, log);
        } finally {
            BenchContext.deleteTree(work);
        }
    }

    private static Report session(Path folder, Config config, Consumer<String> log) throws IOException {
        Path db = folder.resolve("project.mv.db");
        Path index = folder.resolve("index");
        long startDb = size(db);
        long startFolder = treeSize(folder);
        Random random = new Random(config.seed());
        List<Double> codeMs = new ArrayList<>();
        List<Double> uncodeMs = new ArrayList<>();
        List<Double> renameMs = new ArrayList<>();
        List<Double> memoMs = new ArrayList<>();
        List<Double> refreshMs = new ArrayList<>();
        List<Double> openMs = new ArrayList<>();
        List<Double> editMs = new ArrayList<>();
        long maxRss = -1;
        long maxDb = startDb;
        long maxFolder = startFolder;
        long maxIndex = treeSize(index);
        long t0 = System.nanoTime();
        Database.UpkeepStats upkeepBefore = Database.upkeepSoFar();
        Project project = Project.open(folder, config.coder());
        long endDb;
        long endFolder;
        long rss;
        long heapUsed;
        String histogram = null;
        double closeMillis;
        try {
            List<Source> sources = project.sources().list().stream().filter(s -> s.length() > 200).toList();
            NodeTree tree = project.nodes().tree();
            List<Node> nodes = new ArrayList<>(tree.roots().stream().flatMap(r -> tree.subtree(r.id()).stream()).toList());
            if (sources.isEmpty() || nodes.isEmpty()) {
                throw new QuireException("The session needs a project with sources of more than 200 characters and"
                        + " nodes; " + folder.getFileName() + " has " + sources.size() + " and " + nodes.size());
            }
            List<Coding> made = new ArrayList<>();
            Source open = null;
            int step = Math.max(1, config.actions() / 10);
            for (int i = 0; i < config.actions(); i++) {
                if (config.paceMaxMillis() > 0) {
                    // A person reads the result and chooses the next passage before acting again.
                    sleep(config.paceMinMillis() + random.nextInt(config.paceMaxMillis() - config.paceMinMillis() + 1));
                }
                int codes = codeMs.size();
                int uncodes = uncodeMs.size();
                int renames = renameMs.size();
                int editsBefore = codes + uncodes + renames + memoMs.size();
                if (i % ACTIONS_PER_DOCUMENT == 0) {
                    open = sources.get(random.nextInt(sources.size()));
                    Source doc = open;
                    openMs.add(millis(() -> {
                        project.sources().text(doc.id());
                        project.activity().sourceOpened(doc.id());
                        project.codings().inSource(doc.id());
                    }));
                }
                int kind = random.nextInt(100);
                Source doc = open;
                if (kind < 15 && !made.isEmpty()) {
                    Coding c = made.remove(random.nextInt(made.size()));
                    uncodeMs.add(millis(() -> project.codings().uncodeRecorded(c.sourceId(), c.nodeId(), c.span())));
                } else if (kind < 25) {
                    int at = random.nextInt(nodes.size());
                    Node n = nodes.get(at);
                    String name = renamed(n.name(), i);
                    Node[] after = new Node[1];
                    renameMs.add(millis(() -> after[0] = project.nodes().rename(n.id(), name)));
                    nodes.set(at, after[0]);
                } else if (kind < 40) {
                    Node n = nodes.get(random.nextInt(nodes.size()));
                    String text = "Entry " + i + ": this code now also covers talk about " + n.name().toLowerCase(Locale.ROOT)
                            + " when it is reported second hand; checked against three field notes.";
                    memoMs.add(millis(() -> project.memos().addEntry(new MemoTarget.OfNode(n.id()), text)));
                } else {
                    Node n = nodes.get(random.nextInt(nodes.size()));
                    int length = 40 + random.nextInt(Math.min(600, doc.length() - 40));
                    int start = random.nextInt(doc.length() - length);
                    Coding[] coded = new Coding[1];
                    try {
                        codeMs.add(millis(() -> coded[0] = project.codings().code(doc.id(), n.id(),
                                new Span(start, start + length))));
                        made.add(coded[0]);
                    } catch (QuireException e) {
                        // the same passage at the same node again: refused, as in the workbench; nothing changed
                    }
                }
                int editsAfter = codeMs.size() + uncodeMs.size() + renameMs.size() + memoMs.size();
                if (editsAfter > editsBefore) {
                    List<Double> grew = codeMs.size() > codes ? codeMs : uncodeMs.size() > uncodes ? uncodeMs
                            : renameMs.size() > renames ? renameMs : memoMs;
                    editMs.add(grew.get(grew.size() - 1));
                }
                // What the workbench re-reads after every edit: the open document's codings, the code book's counts.
                Source shown = open;
                refreshMs.add(millis(() -> {
                    project.codings().inSource(shown.id());
                    project.nodes().tree();
                    project.nodes().counts();
                }));
                long d = size(db);
                maxDb = Math.max(maxDb, d);
                if (i % 25 == 0 || i == config.actions() - 1) {
                    long ix = treeSize(index);
                    maxIndex = Math.max(maxIndex, ix);
                    maxFolder = Math.max(maxFolder, treeSize(folder));
                }
                if ((i + 1) % step == 0 || i == config.actions() - 1) {
                    maxRss = Math.max(maxRss, rss());
                    log.accept(String.format(Locale.ROOT, "%,7d actions  %6.1f s  database %s (most %s)  folder %s"
                                    + "  resident %s  heap %s", i + 1, (System.nanoTime() - t0) / 1e9, mb(d), mb(maxDb),
                            mb(treeSize(folder)), rss() < 0 ? "not measured" : mb(rss()), mb(usedHeap())));
                }
            }
            endDb = size(db);
            endFolder = treeSize(folder);
            heapUsed = usedHeapAfterGc();
            rss = rss();
            if (config.histogram()) {
                histogram = histogram(25);
            }
        } finally {
            long c0 = System.nanoTime();
            project.close();
            closeMillis = (System.nanoTime() - c0) / 1e6;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Database.UpkeepStats upkeepAfter = Database.upkeepSoFar();
        Database.UpkeepStats upkeep = upkeepAfter.since(upkeepBefore);
        long afterClose = size(db);
        Database.CloseTidy tidy = Database.lastCloseTidy();
        long indexBytes = treeSize(index);
        log.accept("Compacting a copy to compare (SHUTDOWN COMPACT) …");
        try (Project p = Project.open(folder, config.coder())) {
            p.compactAndClose();
        }
        long compacted = size(db);
        Runtime rt = Runtime.getRuntime();
        List<Latency> latencies = List.of(Latency.of("open a document (text, codings)", openMs),
                Latency.of("code a passage", codeMs), Latency.of("uncode a passage", uncodeMs),
                Latency.of("rename a node", renameMs), Latency.of("add a memo entry", memoMs),
                Latency.of("any edit (the four above)", editMs),
                Latency.of("after each edit: document's codings, code book, counts", refreshMs));
        return new Report(config.project() == null ? "a generated size " + config.size() + " project"
                : config.project().toString(), config.actions(), seconds, startDb, startFolder, maxDb, maxFolder,
                maxIndex, endDb, endFolder, afterClose, closeMillis, compacted, indexBytes, rss, heapUsed,
                rt.totalMemory(), rt.maxMemory(), latencies, upkeep, histogram, config.paceMaxMillis() == 0
                        ? "as fast as the machine allows" : "an action every " + config.paceMinMillis() + "–"
                        + config.paceMaxMillis() + " ms", Math.max(maxRss, rss), tidy);
    }

    /** A sibling-unique new name: the original name with the action's number, replacing an earlier one. */
    private static String renamed(String name, int action) {
        int mark = name.lastIndexOf(" ~");
        String base = mark > 0 ? name.substring(0, mark) : name;
        return base + " ~" + action;
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double millis(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    /** Resident memory from /proc/self/status (Linux), or -1 elsewhere. */
    static long rss() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return usedHeap();
    }

    /** The top of the JVM's class histogram (what {@code jcmd PID GC.class_histogram} prints). */
    static String histogram(int top) {
        try {
            Object out = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            String[] lines = String.valueOf(out).split("\\R");
            return String.join("\n", Arrays.copyOf(lines, Math.min(lines.length, top + 2))) + "\n"
                    + lines[lines.length - 1] + "\n";
        } catch (Exception e) {
            return "not available: " + e.getMessage() + "\n";
        }
    }

    private static void copyProject(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from.resolve("project.mv.db"))) {
            throw new QuireException("No Quire project at " + from + " (expected project.mv.db inside it)");
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path rel = from.relativize(p);
                if (rel.toString().equals("quire.lock")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static long treeSize(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(SessionScenario::size).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / MB);
    }
}
