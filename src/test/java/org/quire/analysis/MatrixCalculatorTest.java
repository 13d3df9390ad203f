package org.quire.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.model.WordStarts;

/**
 * The matrix sweep gives, cell by cell, what comparing every passage of a row with every passage of
 * a column gives: random passages (nested, touching, equal, repeated, empty) on both axes, both axes counted.
 */
class MatrixCalculatorTest {
    @Test
    void theSweepCountsWhatComparingEveryPairOfPassagesCounts() {
        Random random = new Random(21);
        for (int round = 0; round < 300; round++) {
            int sources = 1 + random.nextInt(4);
            int length = 50 + random.nextInt(400);
            Map<SourceId, int[]> words = new HashMap<>();
            for (int s = 0; s < sources; s++) {
                TreeSet<Integer> starts = new TreeSet<>();
                for (int w = 0; w < length / 4; w++) {
                    starts.add(random.nextInt(length));
                }
                words.put(new SourceId(s + 1), starts.stream().mapToInt(Integer::intValue).toArray());
            }
            List<Map<SourceId, List<Span>>> rows = axis(random, 1 + random.nextInt(6), sources, length);
            List<Map<SourceId, List<Span>>> columns = axis(random, 1 + random.nextInt(6), sources, length);
            for (boolean countRows : new boolean[] {true, false}) {
                MatrixCalculator.Counts swept = MatrixCalculator.compute(rows, columns, countRows, s -> WordStarts.of(words.get(s)));
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < columns.size(); c++) {
                        long[] expected = pairwise(rows.get(r), columns.get(c), countRows, words);
                        assertThat(new long[] {swept.references()[r][c], swept.sources()[r][c], swept.words()[r][c]})
                                .as("round %d, cell %d/%d, counting %s", round, r, c, countRows ? "rows" : "columns")
                                .containsExactly(expected);
                    }
                }
            }
        }
    }

    private static List<Map<SourceId, List<Span>>> axis(Random random, int lines, int sources, int length) {
        List<Map<SourceId, List<Span>>> axis = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            Map<SourceId, List<Span>> passages = new HashMap<>();
            for (int s = 0; s < sources; s++) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                List<Span> spans = new ArrayList<>();
                int n = random.nextInt(8);
                for (int i = 0; i < n; i++) {
                    int start = random.nextInt(length);
                    int end = Math.min(length, start + random.nextInt(random.nextBoolean() ? 12 : 80));
                    Span span = new Span(start, end);
                    spans.add(span);
                    if (random.nextInt(6) == 0) {
                        spans.add(span); // the same passage twice counts once
                    }
                }
                passages.put(new SourceId(s + 1), spans);
            }
            axis.add(passages);
        }
        return axis;
    }

    /** References, sources and words of one cell, by comparing every passage of the row with every one of the column. */
    private static long[] pairwise(Map<SourceId, List<Span>> row, Map<SourceId, List<Span>> column, boolean countRows,
                                   Map<SourceId, int[]> words) {
        long references = 0;
        long sources = 0;
        long wordCount = 0;
        for (Map.Entry<SourceId, List<Span>> e : row.entrySet()) {
            List<Span> other = column.get(e.getKey());
            if (other == null) {
                continue;
            }
            Set<Span> counted = new HashSet<>();
            List<Span> overlaps = new ArrayList<>();
            for (Span a : new HashSet<>(e.getValue())) {
                for (Span b : new HashSet<>(other)) {
                    int from = Math.max(a.start(), b.start());
                    int to = Math.min(a.end(), b.end());
                    if (!a.isEmpty() && !b.isEmpty() && from < to) {
                        counted.add(countRows ? a : b);
                        overlaps.add(new Span(from, to));
                    }
                }
            }
            if (!overlaps.isEmpty()) {
                sources++;
                references += counted.size();
                WordStarts starts = WordStarts.of(words.get(e.getKey()));
                for (Span s : Intervals.union(overlaps)) {
                    wordCount += starts.countIn(s);
                }
            }
        }
        return new long[] {references, sources, wordCount};
    }
}
