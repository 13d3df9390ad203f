package org.quire.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.quire.generate.GeneratorSize;
import org.quire.generate.ProjectGenerator;
import org.quire.model.NodeCounts;
import org.quire.model.QuireException;
import org.quire.model.Source;

/**
 * Measures every operation a user waits for on a research-scale project: warm-up runs, then
 * repeated measured runs reported as p50/p95, plus heap after opening, size on disk and the ratios
 * of Quire's paths to the raw floors under them. Generates the project first unless one is given.
 */
public final class Benchmark {
    private static final double MB = 1024.0 * 1024.0;

    /**
     * An interactive operation warms up for at least its warm-up runs and at least this long: three
     * runs of a 20 ms operation leave it running interpreted and half-compiled, so its p95 would time
     * the JIT rather than Quire (as JMH, warm-up is counted in time, not only in runs).
     */
    static final long WARM_UP_NANOS = 1_000_000_000L;

    /** At most this many warm-up runs, however short the operation. */
    static final int MAX_WARM_UP_RUNS = 200;

    /**
     * Warm-up rounds of a path and its raw floor: each run is seconds long, and the index rebuild at
     * M still got faster over its first three runs (its CPU time fell from 11 to 5 s, the floor's
     * from 6 to 3.4 s, then both held).
     */
    static final int PAIR_WARM_UP_ROUNDS = 3;

    /**
     * Measured rounds of a path and its raw floor, at least: the floor's own runs of the import at M
     * ranged from 250 to 430 ms on this machine, so the median of three was not worth a ratio.
     */
    static final int PAIR_MIN_RUNS = 5;

    /**
     * @param project an existing project to measure, or null to generate one of {@code size}
     * @param out     where to write bench-SIZE.md and bench-SIZE.json, and the chart of every size there
     *                (bench-p95.png, .svg) and their growth (bench-growth.md, .csv), or null
     */
    public record Config(GeneratorSize size, int runs, int warmup, Path project, Path out, long seed, String coder,
                         List<Operation> operations) {
        public Config {
            if (runs < 1 || warmup < 0) {
                throw new QuireException("--runs must be 1 or more and --warmup 0 or more");
            }
        }
    }

    private Benchmark() {
    }

    public static BenchResult run(Config config, Consumer<String> log) throws IOException {
        Path work = Files.createTempDirectory("quire-bench");
        try {
            ProjectGenerator.Report generation = null;
            Path folder = config.project();
            if (folder == null) {
                folder = work.resolve("generated.quire");
                log.accept("Generating a size " + config.size() + " project in " + folder + " …");
                generation = ProjectGenerator.generate(folder, config.size(), config.seed(), config.coder(),
                        ProjectGenerator.Progress.NONE);
                log.accept(String.format(Locale.ROOT, "Generated in %.1f s", generation.seconds()));
            }
            long importWords = Math.min(300_000, config.size().words());
            try (BenchContext context = new BenchContext(folder, config.coder(), work.resolve("scratch"),
                    config.seed(), importWords)) {
                double heapAfterOpen = usedHeapAfterGc();
                pools().forEach(MemoryPoolMXBean::resetPeakUsage);
                List<BenchResult.Row> rows = new ArrayList<>();
                // Rows in the order of the operations, whatever order a pair was measured in.
                java.util.Map<Operation, BenchResult.Row> measured = new java.util.IdentityHashMap<>();
                for (Operation op : config.operations()) {
                    if (measured.containsKey(op)) {
                        continue;
                    }
                    Operation partner = partner(op, config.operations());
                    if (partner != null) {
                        Operation ours = op.floorOf() == null ? op : partner;
                        Operation floor = ours == op ? partner : op;
                        log.accept("Measuring, turn about: " + ours.name() + " / " + floor.name());
                        List<BenchResult.Row> pair = measurePair(ours, floor, context, config, log);
                        measured.put(ours, pair.get(0));
                        measured.put(floor, pair.get(1));
                    } else {
                        log.accept("Measuring: " + op.name());
                        measured.put(op, measure(op, context, config, log));
                    }
                }
                config.operations().forEach(op -> rows.add(measured.get(op)));
                double heapPeak = pools().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
                List<Source> sources = context.project().sources().list();
                long codings = context.project().nodes().counts().values().stream()
                        .mapToLong(NodeCounts::references).sum();
                BenchResult result = new BenchResult(config.size().name(), folder.toString(), sources.size(),
                        sources.stream().mapToLong(Source::wordCount).sum(), context.nodes().size(), codings, rows,
                        heapAfterOpen, heapPeak, diskSize(folder) / MB, generation, Ratios.of(rows, generation),
                        machine());
                if (config.out() != null) {
                    write(result, config.out());
                }
                return result;
            }
        } finally {
            BenchContext.deleteTree(work);
        }
    }

    /** The raw floor of {@code op}, or the row {@code op} is the floor of, when both are to be measured. */
    static Operation partner(Operation op, List<Operation> operations) {
        for (Operation other : operations) {
            if (other != op && (op.floorOf() != null ? other.floorOf() == null && other.name().startsWith(op.floorOf())
                    : other.floorOf() != null && op.name().startsWith(other.floorOf()))) {
                return other;
            }
        }
        return null;
    }

    private static BenchResult.Row measure(Operation op, BenchContext context, Config config,
                                           Consumer<String> log) {
        int runs = op.runs(config.runs());
        // Imports and raw floors (fewer runs, each of seconds) warm up once; the rest for a while.
        boolean interactive = runs >= config.runs();
        int warmup = interactive ? config.warmup() : Math.min(1, config.warmup());
        Series series = new Series(op, runs);
        try {
            op.setUp(context);
            long warmStart = System.nanoTime();
            for (int i = 0; i < warmup || (interactive && warmup > 0 && i < MAX_WARM_UP_RUNS
                    && System.nanoTime() - warmStart < WARM_UP_NANOS); i++) {
                op.run(context);
            }
            for (int i = 0; i < runs; i++) {
                series.measure(context);
            }
            return series.row(log);
        } catch (Exception e) {
            throw new QuireException("Benchmark operation '" + op.name() + "' failed: " + e.getMessage(), e);
        } finally {
            tearDown(op, context, log);
        }
    }

    /**
     * Quire's path and its raw floor, run turn about (which goes first alternates from round to
     * round), warm-ups included. Measured one after the other, each warmed up once, the floor ran on
     * the Lucene code that Quire's runs had just compiled: on the same build and project the index
     * rebuild at M measured 60% of its floor that way and 86% turn about, the import 34% and 48%
     * (2026-12-06).
     */
    private static List<BenchResult.Row> measurePair(Operation ours, Operation floor, BenchContext context,
                                                     Config config, Consumer<String> log) {
        int runs = Math.max(PAIR_MIN_RUNS, Math.max(ours.runs(config.runs()), floor.runs(config.runs())));
        int warmup = config.warmup() == 0 ? 0 : PAIR_WARM_UP_ROUNDS;
        Series a = new Series(ours, runs);
        Series b = new Series(floor, runs);
        Operation current = ours;
        try {
            ours.setUp(context);
            current = floor;
            floor.setUp(context);
            for (int round = 0; round < warmup + runs; round++) {
                boolean oursFirst = round % 2 == 0;
                for (Series s : oursFirst ? List.of(a, b) : List.of(b, a)) {
                    current = s.op;
                    if (round < warmup) {
                        s.op.run(context);
                    } else {
                        s.measure(context);
                    }
                }
            }
            log.accept(ours.name() + ":");
            BenchResult.Row oursRow = a.row(log);
            log.accept(floor.name() + ":");
            return List.of(oursRow, b.row(log));
        } catch (Exception e) {
            throw new QuireException("Benchmark operation '" + current.name() + "' failed: " + e.getMessage(), e);
        } finally {
            tearDown(ours, context, log);
            tearDown(floor, context, log);
        }
    }

    private static void tearDown(Operation op, BenchContext context, Consumer<String> log) {
        try {
            op.tearDown(context);
        } catch (Exception e) {
            log.accept("Could not tidy up after '" + op.name() + "': " + e.getMessage());
        }
    }

    /** The measured runs of one operation. */
    private static final class Series {
        private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        final Operation op;
        private final double[] millis;
        private final double[] cpuMillis;
        private int count;
        private long units;
        private long nanos;

        Series(Operation op, int runs) {
            this.op = op;
            this.millis = new double[runs];
            this.cpuMillis = new double[runs];
        }

        void measure(BenchContext context) throws Exception {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            Operation.Sample s = op.run(context);
            cpuMillis[count] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
            millis[count] = s.nanos() / 1e6;
            count++;
            units += s.units();
            nanos += s.nanos();
        }

        BenchResult.Row row(Consumer<String> log) {
            int runs = count;
            double[] sorted = Arrays.copyOf(millis, runs);
            double[] cpu = Arrays.copyOf(cpuMillis, runs);
            Arrays.sort(sorted);
            Arrays.sort(cpu);
            // On a shared machine the wall clock follows the load; this thread's CPU time (of the
            // whole run, untimed set-up included, other threads' work not) follows the code.
            log.accept(String.format(java.util.Locale.ROOT, "  this thread's CPU p50 / p95: %.1f / %.1f ms",
                    percentile(cpu, 50), percentile(cpu, 95)));
            double p50 = percentile(sorted, 50);
            double p95 = percentile(sorted, 95);
            // The median run's rate: units per run are the same from run to run for every rate operation.
            double rate = op.unit() == null || nanos == 0 ? 0 : (units / (double) runs) / (p50 / 1e3);
            Operation.Target target = op.target();
            Boolean met = target == null ? null : target.rate() ? rate >= target.limit() : p95 < target.limit();
            return new BenchResult.Row(op.name(), runs, p50, p95, op.unit(), rate,
                    target == null ? null : target.toString(), met);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static Stream<MemoryPoolMXBean> pools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }

    private static double usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return (rt.totalMemory() - rt.freeMemory()) / MB;
    }

    private static long diskSize(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String machine() {
        Runtime rt = Runtime.getRuntime();
        long ram = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
        String osName = System.getProperty("os.name") + " " + System.getProperty("os.version");
        Path release = Path.of("/etc/os-release");
        try {
            if (Files.isRegularFile(release)) {
                osName = Files.readAllLines(release).stream().filter(l -> l.startsWith("PRETTY_NAME="))
                        .map(l -> l.substring(12).replace("\"", "")).findFirst().orElse(osName);
            }
        } catch (IOException ignored) {
            // the kernel name above is good enough
        }
        return String.format(Locale.ROOT, "%d cores, %.0f GB RAM, JDK %s (max heap %.0f MB), %s",
                rt.availableProcessors(), ram / MB / 1024, System.getProperty("java.version"), rt.maxMemory() / MB, osName);
    }

    private static void write(BenchResult result, Path out) throws IOException {
        Files.createDirectories(out);
        String base = "bench-" + result.size().toLowerCase(Locale.ROOT);
        Files.writeString(out.resolve(base + ".md"), result.markdown());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve(base + ".json").toFile(), result);
        // With the other sizes already measured into the same folder: p95 per operation and size,
        // and how each row grows from size to size.
        BenchChart.write(out);
        BenchGrowth.write(out);
    }
}
