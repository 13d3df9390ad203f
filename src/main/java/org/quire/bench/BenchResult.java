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

    /**
     * Quire's path against the floor under it: {@code ratio} is how many times slower ours is (the
     * floor's rate over ours), so ours runs at 1/ratio of the floor; {@code target} and {@code met}
     * are null where the issue sets no target.
     */
    public record Ratio(String what, String ours, String raw, double ratio, String target, Boolean met) {
        /** Ours as a percentage of the floor's rate. */
        public double percentOfFloor() {
            return 100 / ratio;
        }
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
            b.append("\n| our path vs raw floor | ours | floor | ours as % of floor | floor/ours | target | met |\n"
                    + "|---|---:|---:|---:|---:|---|---|\n");
            for (Ratio r : ratios) {
                b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f× | %s | %s |%n", r.what(), r.ours(),
                        r.raw(), String.format(Locale.ROOT, r.percentOfFloor() < 1 ? "%.2f%%" : "%.0f%%",
                                r.percentOfFloor()), r.ratio(), r.target() == null ? "" : r.target(),
                        r.met() == null ? "" : r.met() ? "yes" : "**no**"));
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
