package org.quire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchGrowthTest {
    /** A run of one size: a flat row, a linear one, a quadratic one and a throughput row. */
    private static String result(String size, long words, String term) {
        double x = words / 300_000.0;
        return """
                {"size": "%s", "words": %d, "rows": [
                  {"operation": "search, term `%s` (first 100 rows)", "runs": 20, "p50Ms": 2, "p95Ms": %s, "target": "p95 < 50 ms"},
                  {"operation": "matrix 50 x 50 nodes", "runs": 20, "p50Ms": %s, "p95Ms": %s, "target": "p95 < 50 ms"},
                  {"operation": "coverage", "runs": 20, "p50Ms": %s, "p95Ms": %s, "target": "p95 < 50 ms"},
                  {"operation": "index rebuild from the database", "runs": 5, "p50Ms": 900, "p95Ms": 990, "target": "≥ 500,000/s"}
                ]}""".formatted(size, words, term, 3.0 + x, 10 * x, 12 * x, x * x, 2 * x * x);
    }

    @Test
    void eachInteractiveRowGetsTheExponentOfItsGrowthWithTheProjectsWords(@TempDir Path out) throws Exception {
        Files.writeString(out.resolve("bench-s.json"), result("S", 300_000, "ortiskalin"));
        Files.writeString(out.resolve("bench-m.json"), result("M", 3_000_000, "ageistmior"));
        Files.writeString(out.resolve("bench-l.json"), result("L", 30_000_000, "commiingost"));

        List<BenchGrowth.Growth> rows = BenchGrowth.growth(BenchGrowth.read(out));

        assertEquals(List.of("search, term (first 100 rows)", "matrix 50 x 50 nodes", "coverage"),
                rows.stream().map(BenchGrowth.Growth::operation).toList());
        assertEquals(0.0, rows.get(0).p50Exponent(), 1e-9, "the same median at every size does not grow");
        assertTrue(rows.get(0).p95Exponent() > 0 && rows.get(0).p95Exponent() < 1, "a p95 of 3 + x grows, but slower");
        assertEquals(1.0, rows.get(1).p50Exponent(), 1e-9);
        assertEquals(1.0, rows.get(1).p95Exponent(), 1e-9);
        assertEquals(2.0, rows.get(2).p50Exponent(), 1e-9);

        BenchGrowth.write(out);
        String md = Files.readString(out.resolve("bench-growth.md"));
        assertTrue(md.contains("| coverage | 1.0 / 2.0 | 100.0 / 200.0 | 10000.0 / 20000.0 | **2.00** | 2.00 |"), md);
        assertTrue(md.contains("| matrix 50 x 50 nodes | 10.0 / 12.0 | 100.0 / 120.0 | 1000.0 / 1200.0 | 1.00 | 1.00 |"), md);
        assertFalse(md.contains("index rebuild"), "throughput rows are not interactive");
        BenchChart.write(out);
        assertTrue(Files.readString(out.resolve("bench-p95.svg")).contains("[k = 2.00]  coverage"),
                "the chart names each row with its exponent first");
        String csv = Files.readString(out.resolve("bench-growth.csv"));
        assertTrue(csv.startsWith("operation,S_words,S_p50_ms,S_p95_ms,M_words,"), csv);
        assertTrue(csv.contains("\"coverage\",300000,1.00,2.00,3000000,100.00,200.00,30000000,10000.00,20000.00,2.000,2.000"),
                csv);
    }

    @Test
    void aRowMeasuredAtOneSizeOnlyHasNoExponent(@TempDir Path out) throws Exception {
        Files.writeString(out.resolve("bench-m.json"), result("M", 3_000_000, "ageistmior"));

        List<BenchGrowth.Growth> rows = BenchGrowth.growth(BenchGrowth.read(out));

        assertTrue(Double.isNaN(rows.get(1).p50Exponent()));
        BenchGrowth.write(out);
        assertTrue(Files.readString(out.resolve("bench-growth.md")).contains("| matrix 50 x 50 nodes | 100.0 / 120.0 |  |  |"));
    }
}
