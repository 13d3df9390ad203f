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
import org.quire.bench.ResultDump;
import org.quire.bench.SessionScenario;
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
        "Generates a project of --size in a temporary folder unless --project is given.",
        "--scenario session instead runs a coding session (code, uncode, rename, memo entries; one transaction"
        + " per action, --pace MIN-MAX ms apart) and reports the project folder's size, resident memory, heap and"
        + " how long edits waited on the database file's upkeep.",
        "--scenario workbench --project DIR [--actions N] opens the real window on DIR (a display is needed)"
        + " and times opening the largest sources, coding in one, and the gaps between frames."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "S", description = "XS, S, M or L (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20",
            description = "Measured runs per operation; import and raw floors do a quarter (at least 3). Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}); an interactive operation also"
            + " warms up for at least 1 s (at most 200 runs) so that its code is compiled before it is timed. 0: none.")
    int warmup;

    @Option(names = "--project", paramLabel = "DIR", description = "Measure this existing project instead (it is changed"
            + " and restored: each passage coded is removed again).")
    Path project;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write bench-SIZE.md and bench-SIZE.json here, and from every"
            + " size found there the chart (bench-p95.png, .svg) and the growth table (bench-growth.md, .csv).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--only", paramLabel = "TEXT", description = "Measure only the operations whose name contains"
            + " TEXT (ignoring case); repeat for several, e.g. --only search --only open.")
    List<String> only = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "NAME", description = "session: a coding session of --actions edits"
            + " in this JVM, on a generated project or a copy of --project, reporting disk and memory;"
            + " workbench: the real window on --project, timed by its frames.")
    String scenario;

    @Option(names = "--actions", paramLabel = "N", defaultValue = "10000",
            description = "Edits in the session scenario (default: ${DEFAULT-VALUE}).")
    int actions;

    @Option(names = "--pace", paramLabel = "MIN-MAX", description = "With --scenario session: wait MIN to MAX"
            + " milliseconds (at random) before each action, as a person does, e.g. 300-1000. Default: none,"
            + " as fast as the machine allows.")
    String pace;

    @Option(names = "--histogram", description = "With --scenario session: print the largest classes on the heap at the end.")
    boolean histogram;

    @Option(names = "--results", paramLabel = "FILE", description = "Measure nothing: write in full what the"
            + " interactive rows compute (counts, matrix, queries, word lists, coverage, phases, checklist) on"
            + " --project to FILE, to compare two builds with diff.")
    Path results;

    @Mixin
    CoderOption coder;

    @Override
    public Integer call() {
        GeneratorSize s = GeneratorSize.parse(size);
        if (scenario != null) {
            return session(s);
        }
        if (results != null) {
            if (project == null) {
                throw new QuireException("--results needs --project DIR: the project whose results to write");
            }
            try {
                ResultDump.write(project, coder.name(), results);
            } catch (IOException e) {
                throw new QuireException("Could not write the results to " + results + ": " + e.getMessage(), e);
            }
            return Cli.OK;
        }
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

    private int session(GeneratorSize s) {
        if (!scenario.strip().equalsIgnoreCase("session")) {
            throw new QuireException("Unknown scenario '" + scenario + "': the scenarios are 'session' and 'workbench'");
        }
        try {
            int[] p = SessionScenario.Config.pace(pace);
            SessionScenario.Report report = SessionScenario.run(new SessionScenario.Config(s, project, actions, seed,
                    coder.name(), histogram, p[0], p[1]), line -> {
                        spec.commandLine().getErr().println(line);
                        spec.commandLine().getErr().flush();
                    });
            spec.commandLine().getOut().print(report.markdown());
        } catch (IOException e) {
            throw new QuireException("The session scenario could not work in a temporary folder: " + e.getMessage(), e);
        }
        return Cli.OK;
    }
}
