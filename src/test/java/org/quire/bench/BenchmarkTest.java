package org.quire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.generate.GeneratorSize;

/** The CI smoke run: a tiny generated project, every operation measured, both reports written. */
class BenchmarkTest {
    @TempDir
    Path out;

    /** An operation added from outside the harness, the way search or exports will add theirs. */
    private static final class ListSources implements Operation {
        @Override
        public String name() {
            return "list sources";
        }

        @Override
        public Sample run(BenchContext context) {
            long t0 = System.nanoTime();
            context.project().sources().list();
            return Sample.of(System.nanoTime() - t0);
        }
    }

    /** A path or its raw floor that notes when it runs. */
    private record Noting(String name, String floorOf, List<String> calls) implements Operation {
        @Override
        public Sample run(BenchContext context) {
            calls.add(name);
            return Sample.of(1_000);
        }
    }

    @Test
    void anXsRunMeasuresEveryOperationAndWritesMarkdownAndJson() throws Exception {
        List<Operation> operations = new ArrayList<>(StandardOperations.all());
        operations.add(new ListSources());
        // A floor listed before its path: both are measured turn about, reported in the list's order.
        List<String> calls = new ArrayList<>();
        operations.add(new Noting("floor of a path", "a path", calls));
        operations.add(new Noting("a path measured with its floor", null, calls));
        BenchResult result = Benchmark.run(new Benchmark.Config(GeneratorSize.XS, 2, 1, null, out, 1, "Bench Test",
                operations), line -> { });

        assertEquals(operations.stream().map(Operation::name).toList(),
                result.rows().stream().map(BenchResult.Row::operation).toList());
        for (BenchResult.Row row : result.rows()) {
            assertTrue(row.p50Ms() > 0 && row.p95Ms() >= row.p50Ms(), row.toString());
            assertTrue(row.unit() == null || row.ratePerSecond() > 0, row.toString());
        }
        assertEquals(4, result.ratios().size());
        // Three warm-up rounds and five measured, who goes first alternating from round to round.
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < Benchmark.PAIR_WARM_UP_ROUNDS + Benchmark.PAIR_MIN_RUNS; round++) {
            List<String> pair = List.of("a path measured with its floor", "floor of a path");
            expected.addAll(round % 2 == 0 ? pair : pair.reversed());
        }
        assertEquals(expected, calls);
        assertEquals(Benchmark.PAIR_MIN_RUNS, result.rows().stream()
                .filter(r -> r.operation().equals("floor of a path")).findFirst().orElseThrow().runs());
        BenchResult.Ratio rebuild = result.ratios().stream().filter(r -> r.what().startsWith("index rebuild"))
                .findFirst().orElseThrow();
        assertEquals("≥ 90% of the floor", rebuild.target());
        BenchResult.Ratio imported = result.ratios().stream().filter(r -> r.what().startsWith("import plain text"))
                .findFirst().orElseThrow();
        assertEquals("≥ 50% of the floor", imported.target());
        // The share is of the floor's rate measured in this run: read + plain Lucene over the same files.
        BenchResult.Row importRow = result.rows().stream().filter(r -> r.operation().startsWith("import plain text into a new project"))
                .findFirst().orElseThrow();
        BenchResult.Row floorRow = result.rows().stream()
                .filter(r -> r.operation().equals("raw floor: read + plain Lucene indexing, same files")).findFirst().orElseThrow();
        assertEquals(100 * importRow.ratePerSecond() / floorRow.ratePerSecond(), imported.percentOfFloor(), 1e-6);
        assertEquals(imported.percentOfFloor() >= 50, imported.met());
        assertEquals(GeneratorSize.XS.sources(), result.sources());
        assertTrue(result.heapAfterOpenMb() > 0 && result.diskMb() > 0);
        String markdown = Files.readString(out.resolve("bench-xs.md"));
        assertTrue(markdown.contains("| code a passage (CodingService.code) |"), markdown);
        assertTrue(markdown.contains("| list sources |"), markdown);
        assertTrue(markdown.contains("| node view: first rows (node of ~2,000 passages) |"), markdown);
        assertTrue(markdown.contains("| node view: every row (node of ~2,000 passages) |"), markdown);
        assertTrue(markdown.contains("| theme matrix of 10,000 extracts to xlsx (ExportService) |"), markdown);
        String json = Files.readString(out.resolve("bench-xs.json"));
        assertTrue(json.contains("\"p95Ms\"") && json.contains("\"heapAfterOpenMb\""), json);
        assertTrue(markdown.contains("| ours as % of floor |"), markdown);
        assertTrue(Files.isRegularFile(out.resolve("bench-growth.md")) && Files.isRegularFile(out.resolve("bench-growth.csv")));
        assertTrue(Files.size(out.resolve("bench-p95.png")) > 0 && Files.size(out.resolve("bench-p95.svg")) > 0);
    }

    @Test
    void percentilesUseTheNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        assertEquals(10, Benchmark.percentile(sorted, 50));
        assertEquals(19, Benchmark.percentile(sorted, 95));
        assertEquals(7, Benchmark.percentile(new double[] {7}, 95));
    }
}
