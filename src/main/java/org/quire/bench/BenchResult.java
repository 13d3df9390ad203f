package org.quire.bench;

import java.util.List;
import java.util.Locale;
import org.quire.generate.ProjectGenerator;

/**
 * What a benchmark run found: one row per operation, the project's footprint, the generation it
 * started from (if it generated one) and the ratios of Quire's paths to the raw floors.
 */
public record BenchResult(String size, String project, int sources, long words, int nodes, long codings,
                          List<Row> rows, double heapAfterOpenMb, double heapPeakMb, double diskMb,
                          ProjectGenerator.Report generation, List<Ratio> ratios, String machine) {

    /** One operation's figures; rate is units per second at the median, 0 when it has no unit. */
    public record Row(String operation, int runs, double p50Ms, double p95Ms, String unit, double ratePerSecond,
                      String target, Boolean met) {
    }

    /** How many times slower Quire's path is than the floor under it. */
    public record Ratio(String what, String ours, String raw, double ratio) {
    }

    /** The report as a markdown document. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Project: size %s — %,d sources, %,d words, %,d nodes, %,d codings%n%n",
                size, sources, words, nodes, codings));
        b.append("| operation | runs | p50 ms | p95 ms | rate (p50) | target | met |\n|---|---:|---:|---:|---:|---|---|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s | %s | %s |%n", r.operation(), r.runs(),
                    r.p50Ms(), r.p95Ms(), r.unit() == null ? "" : String.format(Locale.ROOT, "%,.0f %s/s",
                            r.ratePerSecond(), r.unit()), r.target() == null ? "" : r.target(),
                    r.met() == null ? "" : r.met() ? "yes" : "**no**"));
        }
        b.append(String.format(Locale.ROOT, "| heap after opening, after GC | | | | %.0f MB | < 1024 MB | %s |%n",
                heapAfterOpenMb, heapAfterOpenMb < 1024 ? "yes" : "**no**"));
        b.append(String.format(Locale.ROOT, "| heap peak during the run (incl. garbage) | | | | %.0f MB | | |%n", heapPeakMb));
        b.append(String.format(Locale.ROOT, "| size on disk | | | | %.0f MB | | |%n", diskMb));
        if (!ratios.isEmpty()) {
            b.append("\n| our path vs raw floor | ours | raw | ours/raw slower by |\n|---|---:|---:|---:|\n");
            for (Ratio r : ratios) {
                b.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f× |%n", r.what(), r.ours(), r.raw(), r.ratio()));
            }
        }
        if (generation != null) {
            b.append(String.format(Locale.ROOT, "%nGeneration: %.1f s (%,.0f words/s; coding batches %,.0f rows/s)%n",
                    generation.seconds(), generation.words() / generation.seconds(), generation.codingRowsPerSecond()));
        }
        b.append("\nMachine: ").append(machine).append('\n');
        return b.toString();
    }
}
