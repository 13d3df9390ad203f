package org.quire.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quire.generate.ProjectGenerator;

/** Quire's own paths against the raw floors measured in the same run. */
final class Ratios {
    private Ratios() {
    }

    static List<BenchResult.Ratio> of(List<BenchResult.Row> rows, ProjectGenerator.Report generation) {
        List<BenchResult.Ratio> out = new ArrayList<>();
        BenchResult.Row imported = find(rows, "create + import");
        BenchResult.Row extracted = find(rows, "raw floor: read");
        BenchResult.Row raw = find(rows, "raw floor: H2");
        BenchResult.Row code = find(rows, "code a passage");
        BenchResult.Row rebuild = find(rows, "index rebuild");
        BenchResult.Row lucene = find(rows, "raw floor: plain Lucene");
        if (imported != null && extracted != null && imported.ratePerSecond() > 0) {
            out.add(new BenchResult.Ratio("import plain text vs reading the files", rate(imported), rate(extracted),
                    extracted.ratePerSecond() / imported.ratePerSecond()));
        }
        if (raw != null && generation != null && generation.codingRowsPerSecond() > 0) {
            out.add(new BenchResult.Ratio("generator's bulk coding batches vs bare-table batch insert",
                    String.format(Locale.ROOT, "%,.0f rows/s", generation.codingRowsPerSecond()), rate(raw),
                    raw.ratePerSecond() / generation.codingRowsPerSecond()));
        }
        if (raw != null && code != null && raw.ratePerSecond() > 0) {
            double rawMs = 1e3 / raw.ratePerSecond();
            out.add(new BenchResult.Ratio("one coding via CodingService.code vs one row of the batch",
                    String.format(Locale.ROOT, "%.2f ms", code.p50Ms()), String.format(Locale.ROOT, "%.4f ms", rawMs),
                    code.p50Ms() / rawMs));
        }
        if (rebuild != null && lucene != null && rebuild.ratePerSecond() > 0) {
            out.add(new BenchResult.Ratio("index rebuild vs plain Lucene on the same text", rate(rebuild), rate(lucene),
                    lucene.ratePerSecond() / rebuild.ratePerSecond()));
        }
        return out;
    }

    private static BenchResult.Row find(List<BenchResult.Row> rows, String prefix) {
        return rows.stream().filter(r -> r.operation().startsWith(prefix)).findFirst().orElse(null);
    }

    private static String rate(BenchResult.Row row) {
        return String.format(Locale.ROOT, "%,.0f %s/s", row.ratePerSecond(), row.unit());
    }
}
