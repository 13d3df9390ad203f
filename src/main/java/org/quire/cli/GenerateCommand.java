package org.quire.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.quire.generate.GeneratorSize;
import org.quire.generate.ProjectGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quire generate DIR --size S|M|L [--seed N]}: a synthetic research-scale project. */
@Command(name = "generate", description = {"Build a synthetic project of research scale in DIR, for trying Quire"
        + " at size and for benchmarks.",
        "XS: 20,000 words, 40 sources;  S: 300,000 words, 500 sources, 400 nodes, 10,000 codings (a typical thesis);",
        "M: ten times S;  L: a hundred times S. The same size and seed always give the same project."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new project folder, e.g. Generated.quire.")
    Path dir;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "S", description = "XS, S, M or L (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    CoderOption coder;

    @Override
    public Integer call() {
        GeneratorSize s = GeneratorSize.parse(size);
        boolean interactive = ((QuireCommand) spec.root().userObject()).interactive();
        ProjectGenerator.Report r = ProjectGenerator.generate(dir, s, seed, coder.name(), (done, total) -> {
            if (interactive) {
                spec.commandLine().getErr().printf(Locale.ROOT, "\r%,d of %,d sources", done, total);
                spec.commandLine().getErr().flush();
            }
        });
        if (interactive) {
            spec.commandLine().getErr().println();
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Generated a size %s project in %s: %,d sources, %,d words,"
                + " %,d nodes, %,d codings, %,d memo entries, %d themes in %.1f s%n", s, dir, r.sources(), r.words(),
                r.nodes(), r.codings(), r.memoEntries(), r.themes(), r.seconds());
        return Cli.OK;
    }
}
