package org.quire.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quire.generate.ProjectGenerator;

/** Quire's own paths against the raw floors measured in the same run. */
final class Ratios {
    /** Import's target: at least half the rate of reading the files and indexing them with plain Lucene. */
    static final double IMPORT_SHARE = 0.5;
    /** The rebuild's target: at least 90% of plain Lucene's rate on the same text. */
    static final double REBUILD_SHARE = 0.9;

    private Ratios() {
    }

    static List<BenchResult.Ratio> of(List<BenchResult.Row> rows, ProjectGenerator.Report generation) {
        List<BenchResult.Ratio> out = new ArrayList<>();
        BenchResult.Row imported = find(rows, "import plain text into a new project");
        BenchResult.Row importFloor = find(rows, "raw floor: read + plain Lucene");
        BenchResult.Row raw = find(rows, "raw floor: H2");
        BenchResult.Row code = find(rows, "code a passage");
        BenchResult.Row rebuild = find(rows, "index rebuild");
        BenchResult.Row lucene = find(rows, "raw floor: plain Lucene");
        if (imported != null && importFloor != null && imported.ratePerSecond() > 0) {
            out.add(share("import plain text vs reading the same files + plain Lucene indexing of their text",
                    imported, importFloor, IMPORT_SHARE));
        }
        if (rebuild != null && lucene != null && rebuild.ratePerSecond() > 0) {
            out.add(share("index rebuild vs plain Lucene on the same text", rebuild, lucene, REBUILD_SHARE));
        }
        if (raw != null && generation != null && generation.codingRowsPerSecond() > 0) {
            out.add(new BenchResult.Ratio("generator's bulk coding batches vs bare-table batch insert",
                    String.format(Locale.ROOT, "%,.0f rows/s", generation.codingRowsPerSecond()), rate(raw),
                    raw.ratePerSecond() / generation.codingRowsPerSecond(), null, null));
        }
        if (raw != null && code != null && raw.ratePerSecond() > 0) {
            double rawMs = 1e3 / raw.ratePerSecond();
            out.add(new BenchResult.Ratio("one coding via CodingService.code vs one row of the batch",
                    String.format(Locale.ROOT, "%.2f ms", code.p50Ms()), String.format(Locale.ROOT, "%.4f ms", rawMs),
                    code.p50Ms() / rawMs, null, null));
        }
        return out;
    }

    /** Ours as a share of the floor's rate, with a target share. */
    private static BenchResult.Ratio share(String what, BenchResult.Row ours, BenchResult.Row floor, double target) {
        double share = ours.ratePerSecond() / floor.ratePerSecond();
        return new BenchResult.Ratio(what, rate(ours), rate(floor), floor.ratePerSecond() / ours.ratePerSecond(),
                String.format(Locale.ROOT, "≥ %.0f%% of the floor", target * 100), share >= target);
    }

    private static BenchResult.Row find(List<BenchResult.Row> rows, String prefix) {
        return rows.stream().filter(r -> r.operation().startsWith(prefix)).findFirst().orElse(null);
    }

    private static String rate(BenchResult.Row row) {
        return String.format(Locale.ROOT, "%,.0f %s/s", row.ratePerSecond(), row.unit());
    }
}
