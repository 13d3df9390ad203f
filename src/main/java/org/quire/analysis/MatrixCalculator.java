package org.quire.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.model.WordStarts;

/**
 * The cells of a matrix coding query. Every row and column is a set of passages per source (a
 * node's codings, a case's linked passages, the whole sources with an attribute value); a cell is
 * where the passages of its row and its column overlap.
 *
 * <p>Per source, the passages of every row and column are sorted once by start and swept: each
 * passage is compared only with the passages of the other axis still open at its start, so a
 * source costs O((r + c) log(r + c) + overlaps) rather than one comparison per pair of axes.
 *
 * <p>One axis is <em>counted</em>: a cell's references are the passages of the counted axis that
 * overlap some passage of the other. Its sources are the sources with such an overlap, and its
 * words the words starting inside the union of the overlapping ranges (so text coded twice counts once).
 */
public final class MatrixCalculator {
    private MatrixCalculator() {
    }

    /** Cell values indexed {@code [row][column]}. */
    public record Counts(int[][] references, int[][] sources, long[][] words) {
    }

    /**
     * @param rows       per row, its passages per source, each non-empty; the same passage twice is counted once
     * @param columns    per column, likewise
     * @param countRows  whether references count the row's passages (else the column's)
     * @param wordStarts word start offsets of a source; called only for sources with an overlap
     */
    public static Counts compute(List<Map<SourceId, List<Span>>> rows, List<Map<SourceId, List<Span>>> columns,
                                 boolean countRows, Function<SourceId, ? extends WordStarts> wordStarts) {
        return compute(rows, columns, countRows, wordStarts, () -> false);
    }

    /**
     * As {@link #compute(List, List, boolean, Function)}, asking {@code cancelled} before each source.
     *
     * @throws java.util.concurrent.CancellationException when it says yes
     */
    public static Counts compute(List<Map<SourceId, List<Span>>> rows, List<Map<SourceId, List<Span>>> columns,
                                 boolean countRows, Function<SourceId, ? extends WordStarts> wordStarts,
                                 java.util.function.BooleanSupplier cancelled) {
        int nr = rows.size();
        int nc = columns.size();
        Counts counts = new Counts(new int[nr][nc], new int[nr][nc], new long[nr][nc]);
        Map<SourceId, Items> bySource = new HashMap<>();
        for (int r = 0; r < nr; r++) {
            add(bySource, rows.get(r), r, true);
        }
        for (int c = 0; c < nc; c++) {
            add(bySource, columns.get(c), c, false);
        }
        for (Map.Entry<SourceId, Items> e : bySource.entrySet()) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("The matrix was cancelled");
            }
            Items items = e.getValue();
            if (items.hasRows && items.hasColumns) {
                sweep(e.getKey(), items, nc, countRows, wordStarts, counts);
            }
        }
        return counts;
    }

    /** The text of a cell: where the row's and the column's passages overlap, as disjoint spans per source. */
    public static Map<SourceId, List<Span>> cell(Map<SourceId, List<Span>> row, Map<SourceId, List<Span>> column) {
        Map<SourceId, List<Span>> out = new HashMap<>();
        row.forEach((source, spans) -> {
            List<Span> other = column.get(source);
            if (other != null) {
                List<Span> both = SpanSets.and(Intervals.union(spans), Intervals.union(other));
                if (!both.isEmpty()) {
                    out.put(source, both);
                }
            }
        });
        return out;
    }

    /** The passages of one source, both axes together, in arrays for the sweep. */
    private static final class Items {
        int size;
        int[] start = new int[8];
        int[] end = new int[8];
        // Row or column index on its axis; rows are marked by isRow.
        int[] axis = new int[8];
        boolean[] isRow = new boolean[8];
        boolean hasRows;
        boolean hasColumns;

        void add(Span span, int index, boolean row) {
            if (size == start.length) {
                int n = size * 2;
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                axis = Arrays.copyOf(axis, n);
                isRow = Arrays.copyOf(isRow, n);
            }
            start[size] = span.start();
            end[size] = span.end();
            axis[size] = index;
            isRow[size] = row;
            size++;
            hasRows |= row;
            hasColumns |= !row;
        }
    }

    private static void add(Map<SourceId, Items> bySource, Map<SourceId, List<Span>> passages, int index, boolean row) {
        passages.forEach((source, spans) -> {
            Items items = bySource.computeIfAbsent(source, s -> new Items());
            List<Span> distinct = new ArrayList<>(spans);
            distinct.sort(null);
            Span previous = null;
            for (Span s : distinct) {
                if (!s.isEmpty() && !s.equals(previous)) {
                    items.add(s, index, row);
                }
                previous = s;
            }
        });
    }

    private static void sweep(SourceId source, Items items, int nc, boolean countRows,
                              Function<SourceId, ? extends WordStarts> wordStarts, Counts counts) {
        Integer[] order = new Integer[items.size];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(items.start[a], items.start[b]));
        int[] openRows = new int[order.length];
        int[] openColumns = new int[order.length];
        int rowCount = 0;
        int columnCount = 0;
        // Per cell touched in this source: the counted passages (item numbers) and the overlapping ranges.
        Map<Integer, List<long[]>> cells = new HashMap<>();
        for (int x : order) {
            int at = items.start[x];
            int[] open = items.isRow[x] ? openColumns : openRows;
            int openCount = items.isRow[x] ? columnCount : rowCount;
            int kept = 0;
            for (int k = 0; k < openCount; k++) {
                int y = open[k];
                if (items.end[y] <= at) {
                    continue; // closed before x starts, and so before everything after it
                }
                open[kept++] = y;
                int row = items.isRow[x] ? x : y;
                int column = items.isRow[x] ? y : x;
                int cell = items.axis[row] * nc + items.axis[column];
                int counted = countRows ? row : column;
                cells.computeIfAbsent(cell, c -> new ArrayList<>())
                        .add(new long[] {counted, at, Math.min(items.end[x], items.end[y])});
            }
            if (items.isRow[x]) {
                columnCount = kept;
                openRows[rowCount++] = x;
            } else {
                rowCount = kept;
                openColumns[columnCount++] = x;
            }
        }
        if (cells.isEmpty()) {
            return;
        }
        WordStarts starts = wordStarts.apply(source);
        cells.forEach((cell, overlaps) -> {
            int r = cell / nc;
            int c = cell % nc;
            counts.sources[r][c]++;
            long[] counted = overlaps.stream().mapToLong(o -> o[0]).sorted().distinct().toArray();
            counts.references[r][c] += counted.length;
            List<Span> ranges = new ArrayList<>(overlaps.size());
            overlaps.forEach(o -> ranges.add(new Span((int) o[1], (int) o[2])));
            for (Span s : Intervals.union(ranges)) {
                counts.words[r][c] += starts.countIn(s);
            }
        });
    }
}
