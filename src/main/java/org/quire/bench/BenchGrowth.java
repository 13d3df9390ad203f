package org.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How each interactive row grows with the project: the runs of several sizes written into one
 * folder (bench-XS/S/M/L.json), and for every row the exponent k of a least-squares fit of
 * log(time) against log(words in the project), so time grows as words^k. k = 1 is linear, k = 0
 * does not grow; above 1 the row grows faster than the project. Written as bench-growth.md and
 * bench-growth.csv beside the chart.
 *
 * <p>Why words: every size multiplies sources, codings and words alike (nodes less so), and words
 * are what the reader's scale is stated in. Why the exponent is fitted on p50, with p95's beside
 * it: on a shared machine a p95 of few runs is the worst run, one scheduling hiccup away, while
 * the median is what the code costs; the p95s at each size stay in the table for the targets.
 */
public final class BenchGrowth {
    static final List<String> SIZES = List.of("XS", "S", "M", "L");

    private BenchGrowth() {
    }

    /** One size's run: the project's words and, per interactive row, {p50, p95} in ms. */
    record Run(String size, long words, Map<String, double[]> rows) {
    }

    /** One row's growth over the sizes measured. */
    record Growth(String operation, Map<String, double[]> bySize, double p50Exponent, double p95Exponent) {
    }

    /**
     * Every bench-SIZE.json in {@code folder}, sizes small to large, with only the interactive rows
     * (a p95 target of at most 50 ms), each keyed by its name with the project's own words cut out.
     */
    static List<Run> read(Path folder) throws IOException {
        List<Run> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String size : SIZES) {
            Path file = folder.resolve("bench-" + size.toLowerCase(Locale.ROOT) + ".json");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            JsonNode result = json.readTree(file.toFile());
            Map<String, double[]> rows = new LinkedHashMap<>();
            for (JsonNode row : result.path("rows")) {
                if (interactive(row.path("target").asText(""))) {
                    rows.put(label(row.path("operation").asText()),
                            new double[] {row.path("p50Ms").asDouble(), row.path("p95Ms").asDouble()});
                }
            }
            out.add(new Run(size, result.path("words").asLong(), rows));
        }
        return out;
    }

    private static boolean interactive(String target) {
        return target.startsWith("p95 < ") && target.endsWith(" ms")
                && Double.parseDouble(target.substring(6, target.length() - 3)) <= Operation.Target.INSTANT_MS;
    }

    // "search, term `ortiskalin` (first 100 rows)" → "search, term (first 100 rows)": the same row at every size.
    static String label(String operation) {
        return operation.replaceAll(" `[^`]*`", "");
    }

    /** Each row measured at two sizes or more, in the order rows first appear; NaN exponents otherwise. */
    static List<Growth> growth(List<Run> runs) {
        List<String> operations = new ArrayList<>();
        runs.forEach(r -> r.rows().keySet().stream().filter(o -> !operations.contains(o)).forEach(operations::add));
        List<Growth> out = new ArrayList<>();
        for (String op : operations) {
            Map<String, double[]> bySize = new LinkedHashMap<>();
            List<double[]> p50 = new ArrayList<>();
            List<double[]> p95 = new ArrayList<>();
            for (Run r : runs) {
                double[] ms = r.rows().get(op);
                if (ms == null || r.words() <= 0) {
                    continue;
                }
                bySize.put(r.size(), ms);
                p50.add(new double[] {r.words(), ms[0]});
                p95.add(new double[] {r.words(), ms[1]});
            }
            out.add(new Growth(op, bySize, exponent(p50), exponent(p95)));
        }
        return out;
    }

    /** The slope of the least-squares line through (log x, log y); NaN with fewer than two points. */
    static double exponent(List<double[]> points) {
        List<double[]> logs = points.stream().filter(p -> p[0] > 0 && p[1] > 0)
                .map(p -> new double[] {Math.log(p[0]), Math.log(p[1])}).toList();
        if (logs.size() < 2) {
            return Double.NaN;
        }
        double mx = logs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = logs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : logs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    /** Writes bench-growth.md and bench-growth.csv in {@code folder} from the runs found there. */
    public static void write(Path folder) throws IOException {
        List<Run> runs = read(folder);
        List<Growth> rows = growth(runs);
        Files.writeString(folder.resolve("bench-growth.md"), markdown(runs, rows));
        Files.writeString(folder.resolve("bench-growth.csv"), csv(runs, rows));
    }

    static String markdown(List<Run> runs, List<Growth> rows) {
        StringBuilder b = new StringBuilder();
        b.append("Growth with the project's words (");
        for (int i = 0; i < runs.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %,d", runs.get(i).size(),
                    runs.get(i).words()));
        }
        b.append("): time ∝ words^k, k fitted on p50 (and on p95 beside it); 1 is linear.\n\n| operation |");
        runs.forEach(r -> b.append(' ').append(r.size()).append(" p50 / p95 ms |"));
        b.append(" k (p50) | k (p95) |\n|---|");
        runs.forEach(r -> b.append("---:|"));
        b.append("---:|---:|\n");
        for (Growth g : rows) {
            b.append("| ").append(g.operation()).append(" |");
            for (Run r : runs) {
                double[] ms = g.bySize().get(r.size());
                b.append(ms == null ? " |" : String.format(Locale.ROOT, " %.1f / %.1f |", ms[0], ms[1]));
            }
            b.append(String.format(Locale.ROOT, " %s | %s |%n", exponentText(g.p50Exponent(), true),
                    exponentText(g.p95Exponent(), false)));
        }
        return b.toString();
    }

    // Above linear (as printed) is what a reader looks for: set in bold in the judged column.
    private static String exponentText(double k, boolean judged) {
        if (Double.isNaN(k)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.2f", k);
        return judged && Double.parseDouble(s) > 1 ? "**" + s + "**" : s;
    }

    static String csv(List<Run> runs, List<Growth> rows) {
        StringBuilder b = new StringBuilder("operation");
        runs.forEach(r -> b.append(',').append(r.size()).append("_words,").append(r.size()).append("_p50_ms,")
                .append(r.size()).append("_p95_ms"));
        b.append(",k_p50,k_p95\n");
        for (Growth g : rows) {
            b.append('"').append(g.operation().replace("\"", "\"\"")).append('"');
            for (Run r : runs) {
                double[] ms = g.bySize().get(r.size());
                b.append(',').append(r.words()).append(',');
                b.append(ms == null ? "," : String.format(Locale.ROOT, "%.2f,%.2f", ms[0], ms[1]));
            }
            b.append(',').append(csvNumber(g.p50Exponent())).append(',').append(csvNumber(g.p95Exponent())).append('\n');
        }
        return b.toString();
    }

    private static String csvNumber(double k) {
        return Double.isNaN(k) ? "" : String.format(Locale.ROOT, "%.3f", k);
    }
}
