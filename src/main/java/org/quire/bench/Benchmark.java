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
                for (Operation op : config.operations()) {
                    log.accept("Measuring: " + op.name());
                    rows.add(measure(op, context, config, log));
                }
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

    private static BenchResult.Row measure(Operation op, BenchContext context, Config config,
                                           Consumer<String> log) {
        int runs = op.runs(config.runs());
        // Imports and raw floors (fewer runs, each of seconds) warm up once; the rest for a while.
        boolean interactive = runs >= config.runs();
        int warmup = interactive ? config.warmup() : Math.min(1, config.warmup());
        try {
            op.setUp(context);
            long warmStart = System.nanoTime();
            for (int i = 0; i < warmup || (interactive && warmup > 0 && i < MAX_WARM_UP_RUNS
                    && System.nanoTime() - warmStart < WARM_UP_NANOS); i++) {
                op.run(context);
            }
            double[] millis = new double[runs];
            double[] cpuMillis = new double[runs];
            long units = 0;
            long nanos = 0;
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < runs; i++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                Operation.Sample s = op.run(context);
                cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
                millis[i] = s.nanos() / 1e6;
                units += s.units();
                nanos += s.nanos();
            }
            Arrays.sort(millis);
            Arrays.sort(cpuMillis);
            // On a shared machine the wall clock follows the load; this thread's CPU time (of the
            // whole run, untimed set-up included, other threads' work not) follows the code.
            log.accept(String.format(java.util.Locale.ROOT, "  this thread's CPU p50 / p95: %.1f / %.1f ms",
                    percentile(cpuMillis, 50), percentile(cpuMillis, 95)));
            double p50 = percentile(millis, 50);
            double p95 = percentile(millis, 95);
            // The median run's rate: units per run are the same from run to run for every rate operation.
            double rate = op.unit() == null || nanos == 0 ? 0 : (units / (double) runs) / (p50 / 1e3);
            Operation.Target target = op.target();
            Boolean met = target == null ? null : target.rate() ? rate >= target.limit() : p95 < target.limit();
            return new BenchResult.Row(op.name(), runs, p50, p95, op.unit(), rate,
                    target == null ? null : target.toString(), met);
        } catch (Exception e) {
            throw new QuireException("Benchmark operation '" + op.name() + "' failed: " + e.getMessage(), e);
        } finally {
            try {
                op.tearDown(context);
            } catch (Exception e) {
                log.accept("Could not tidy up after '" + op.name() + "': " + e.getMessage());
            }
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
