package org.quire.service.queries;

import java.util.List;

/**
 * The cells of a matrix coding query, {@code [row][column]}, with every value so the view can
 * switch between them without running the query again.
 *
 * @param rows    row labels: node paths, case names or attribute values
 * @param columns column labels, likewise
 */
public record MatrixResult(List<String> rows, List<String> columns, int[][] references, int[][] sources,
                           long[][] words) {

    public long value(int row, int column, MatrixValue value) {
        return switch (value) {
            case REFERENCES -> references[row][column];
            case SOURCES -> sources[row][column];
            case WORDS -> words[row][column];
        };
    }

    /** The cell as a percentage of its row's cells added up; 0 when they add up to 0. */
    public double rowPercent(int row, int column, MatrixValue value) {
        long total = 0;
        for (int c = 0; c < columns.size(); c++) {
            total += value(row, c, value);
        }
        return total == 0 ? 0 : 100.0 * value(row, column, value) / total;
    }

    /** The cell as a percentage of its column's cells added up; 0 when they add up to 0. */
    public double columnPercent(int row, int column, MatrixValue value) {
        long total = 0;
        for (int r = 0; r < rows.size(); r++) {
            total += value(r, column, value);
        }
        return total == 0 ? 0 : 100.0 * value(row, column, value) / total;
    }
}
