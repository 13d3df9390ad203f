package org.quire.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.quire.bench.BenchResult;
import org.quire.bench.Benchmark;
import org.quire.bench.Operation;
import org.quire.bench.StandardOperations;
import org.quire.generate.GeneratorSize;
import org.quire.model.QuireException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quire bench}: measures the operations a user waits for, on a generated or given project. */
@Command(name = "bench", description = {"Measure import, opening, coding and node counts on a research-scale project"
        + " (p50/p95 over repeated runs after warm-up), with heap, disk size and raw-floor ratios.",
        "Generates a project of --size in a temporary folder unless --project is given."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "S", description = "XS, S, M or L (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20",
            description = "Measured runs per operation; import and raw floors do a quarter (at least 3). Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--project", paramLabel = "DIR", description = "Measure this existing project instead (it is changed"
            + " and restored: each passage coded is removed again).")
    Path project;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write bench-SIZE.md and bench-SIZE.json here.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--only", paramLabel = "TEXT", description = "Measure only the operations whose name contains"
            + " TEXT (ignoring case); repeat for several, e.g. --only search --only open.")
    List<String> only = new ArrayList<>();

    @Mixin
    CoderOption coder;

    @Override
    public Integer call() {
        GeneratorSize s = GeneratorSize.parse(size);
        try {
            List<Operation> operations = StandardOperations.all().stream().filter(op -> only.isEmpty()
                    || only.stream().anyMatch(o -> op.name().toLowerCase(Locale.ROOT).contains(o.toLowerCase(Locale.ROOT))))
                    .toList();
            if (operations.isEmpty()) {
                throw new QuireException("No benchmark operation's name contains " + String.join(" or ", only)
                        + "; the names are listed in docs/performance.md");
            }
            BenchResult result = Benchmark.run(new Benchmark.Config(s, runs, warmup, project, out, seed, coder.name(),
                    operations), line -> {
                        spec.commandLine().getErr().println(line);
                        spec.commandLine().getErr().flush();
                    });
            spec.commandLine().getOut().print(result.markdown());
        } catch (IOException e) {
            throw new QuireException("Benchmark could not write its files: " + e.getMessage(), e);
        }
        return Cli.OK;
    }
}
