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
        Sweep sweep = new Sweep(nr, nc, countRows, counts);
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
                sweep(e.getKey(), items, sweep, wordStarts);
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

    /**
     * What the sweeps of one matrix share: each overlap found (its cell, counted passage and range)
     * in arrays reused from source to source, and each cell's place among the cells a source touched.
     * A matrix of 50 by 50 nodes at M made 15 MB of garbage a run with a list and a boxed key per
     * overlap, which set the collector's pauses into its slowest runs.
     */
    private static final class Sweep {
        final int nc;
        final boolean countRows;
        final Counts counts;
        // Per cell: its place among the cells touched in the current source, or -1.
        final int[] slot;
        // Four numbers an overlap, in the order found: its cell, the counted passage, its start and end.
        int[] found = new int[4 * 64];
        int overlaps;

        Sweep(int nr, int nc, boolean countRows, Counts counts) {
            this.nc = nc;
            this.countRows = countRows;
            this.counts = counts;
            this.slot = new int[nr * nc];
            Arrays.fill(slot, -1);
        }

        void overlap(int cell, int countedItem, int start, int end) {
            int at = 4 * overlaps;
            if (at == found.length) {
                found = Arrays.copyOf(found, 2 * found.length);
            }
            found[at] = cell;
            found[at + 1] = countedItem;
            found[at + 2] = start;
            found[at + 3] = end;
            overlaps++;
        }

        int cellOf(int overlap) {
            return found[4 * overlap];
        }

        int counted(int overlap) {
            return found[4 * overlap + 1];
        }

        int from(int overlap) {
            return found[4 * overlap + 2];
        }

        int to(int overlap) {
            return found[4 * overlap + 3];
        }
    }

    private static void sweep(SourceId source, Items items, Sweep sweep,
                              Function<SourceId, ? extends WordStarts> wordStarts) {
        // By start; passages starting together stay in the order they were added (rows first).
        long[] order = new long[items.size];
        for (int i = 0; i < order.length; i++) {
            order[i] = (long) items.start[i] << 32 | i;
        }
        Arrays.sort(order);
        int nc = sweep.nc;
        int[] openRows = new int[order.length];
        int[] openColumns = new int[order.length];
        int rowCount = 0;
        int columnCount = 0;
        sweep.overlaps = 0;
        for (long key : order) {
            int x = (int) key;
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
                sweep.overlap(items.axis[row] * nc + items.axis[column], sweep.countRows ? row : column, at,
                        Math.min(items.end[x], items.end[y]));
            }
            if (items.isRow[x]) {
                columnCount = kept;
                openRows[rowCount++] = x;
            } else {
                rowCount = kept;
                openColumns[columnCount++] = x;
            }
        }
        int n = sweep.overlaps;
        if (n == 0) {
            return;
        }
        // The overlaps grouped by cell, each cell's in the order found (so by start).
        int[] cells = new int[n];
        int[] sizes = new int[n];
        int touched = 0;
        for (int i = 0; i < n; i++) {
            int cell = sweep.cellOf(i);
            if (sweep.slot[cell] < 0) {
                sweep.slot[cell] = touched;
                cells[touched++] = cell;
            }
            sizes[sweep.slot[cell]]++;
        }
        int[] offsets = new int[touched + 1];
        for (int t = 0; t < touched; t++) {
            offsets[t + 1] = offsets[t] + sizes[t];
        }
        int[] grouped = new int[n];
        int[] filled = Arrays.copyOf(offsets, touched);
        for (int i = 0; i < n; i++) {
            grouped[filled[sweep.slot[sweep.cellOf(i)]]++] = i;
        }
        WordStarts starts = wordStarts.apply(source);
        int[] countedHere = new int[n];
        for (int t = 0; t < touched; t++) {
            int cell = cells[t];
            sweep.slot[cell] = -1;
            int r = cell / nc;
            int c = cell % nc;
            sweep.counts.sources[r][c]++;
            int size = offsets[t + 1] - offsets[t];
            for (int k = 0; k < size; k++) {
                countedHere[k] = sweep.counted(grouped[offsets[t] + k]);
            }
            Arrays.sort(countedHere, 0, size);
            int distinct = 0;
            for (int k = 0; k < size; k++) {
                if (k == 0 || countedHere[k] != countedHere[k - 1]) {
                    distinct++;
                }
            }
            sweep.counts.references[r][c] += distinct;
            // The union of the overlapping ranges, which start in order: text coded twice counts once.
            int first = grouped[offsets[t]];
            int unionStart = sweep.from(first);
            int unionEnd = sweep.to(first);
            long words = 0;
            for (int k = 1; k < size; k++) {
                int i = grouped[offsets[t] + k];
                if (sweep.from(i) <= unionEnd) {
                    unionEnd = Math.max(unionEnd, sweep.to(i));
                } else {
                    words += starts.countIn(new Span(unionStart, unionEnd));
                    unionStart = sweep.from(i);
                    unionEnd = sweep.to(i);
                }
            }
            words += starts.countIn(new Span(unionStart, unionEnd));
            sweep.counts.words[r][c] += words;
        }
    }
}
