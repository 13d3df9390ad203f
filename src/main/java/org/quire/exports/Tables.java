package org.quire.exports;

import java.util.ArrayList;
import java.util.List;
import org.quire.model.FrameworkMatrix;
import org.quire.model.ThemeMatrix;

/** Lays out matrices and the code book as tables for xlsx and CSV. */
public final class Tables {
    private Tables() {
    }

    /** One theme's matrix: a row per extract, flagged when it also supports another theme. */
    public static Table themeMatrix(ThemeMatrix m) {
        return themeMatrix(m, false);
    }

    /**
     * @param withTheme whether the first column names the theme (several matrices in one CSV)
     */
    public static Table themeMatrix(ThemeMatrix m, boolean withTheme) {
        Table.Builder b = new Table.Builder(m.theme());
        // A theme without sub-themes gets no empty column: the extract keeps the width.
        boolean subThemes = withTheme || m.rows().stream().anyMatch(r -> !r.subTheme().isBlank());
        addThemeColumns(b, m.attributes(), withTheme, subThemes);
        addThemeRows(b, m, withTheme, subThemes);
        return b.build();
    }

    /** Several theme matrices in one table, the theme named in the first column. */
    public static Table themeMatrices(List<ThemeMatrix> matrices) {
        List<String> attributes = new ArrayList<>();
        matrices.forEach(m -> m.attributes().stream().filter(a -> !attributes.contains(a)).forEach(attributes::add));
        Table.Builder b = new Table.Builder("Theme matrices");
        addThemeColumns(b, attributes, true, true);
        for (ThemeMatrix m : matrices) {
            addThemeRows(b, new ThemeMatrix(m.themeGuid(), m.theme(), attributes, m.rows().stream()
                    .map(r -> widen(r, m.attributes(), attributes)).toList()), true, true);
        }
        return b.build();
    }

    private static ThemeMatrix.Row widen(ThemeMatrix.Row r, List<String> own, List<String> all) {
        List<String> values = new ArrayList<>();
        for (String a : all) {
            int i = own.indexOf(a);
            values.add(i < 0 ? "" : r.attributeValues().get(i));
        }
        return new ThemeMatrix.Row(r.codingGuid(), r.subTheme(), r.node(), r.source(), values, r.page(),
                r.paragraph(), r.citation(), r.start(), r.end(), r.extract(), r.otherThemes(), r.note(), r.quote());
    }

    // Widths (in characters) chosen so that a theme matrix with sub-themes and three attributes
    // prints one page wide, landscape, at about four fifths of full size (9 points for Calibri 11;
    // SupervisorExportsTest measures it): the extract and the note get the room.
    private static void addThemeColumns(Table.Builder b, List<String> attributes, boolean withTheme,
                                        boolean subThemes) {
        if (withTheme) {
            b.column(Table.Column.wrapped("Theme", 18));
        }
        if (subThemes) {
            b.column(Table.Column.wrapped("Sub-theme", 12));
        }
        b.column(Table.Column.wrapped("Node", 17)).column(Table.Column.wrapped("Source", 14));
        attributes.forEach(a -> b.column(Table.Column.wrapped(a, 10)));
        b.column(Table.Column.wrapped("Citation", 16)).column(Table.Column.wrapped("Extract", 44))
                .column(Table.Column.wrapped("Also supports", 11)).column(Table.Column.wrapped("Analyst note", 22))
                .column(Table.Column.text("Quote", 6)).column(Table.Column.hidden("Coding GUID", 38));
    }

    private static void addThemeRows(Table.Builder b, ThemeMatrix m, boolean withTheme, boolean subThemes) {
        for (ThemeMatrix.Row r : m.rows()) {
            List<Object> cells = new ArrayList<>();
            if (withTheme) {
                cells.add(m.theme());
            }
            if (subThemes) {
                cells.add(r.subTheme());
            }
            cells.add(r.node());
            cells.add(r.source());
            cells.addAll(r.attributeValues());
            cells.add(r.citation());
            cells.add(r.extract());
            cells.add(String.join("; ", r.otherThemes()));
            cells.add(r.note());
            cells.add(r.quote() ? "yes" : "");
            cells.add(r.codingGuid());
            b.row(cells, r.alsoElsewhere());
        }
    }

    /** The header of the column a reviewer writes in; a commented workbook is read back by it. */
    public static final String REVIEWER_COMMENT = "Reviewer comment";
    /** The hidden column naming each row's object ({@link org.quire.model.ReviewAnchor}). */
    public static final String ANCHOR = "Anchor";

    /**
     * The table with a "Reviewer comment" column for a supervisor to write in, and a hidden column
     * naming each row's object so that the comments can be read back.
     *
     * @param anchors one per row, in {@code kind:key} form
     */
    public static Table reviewable(Table t, List<String> anchors) {
        return reviewable(t, anchors, anchor -> List.of());
    }

    /** The header of the column that shows each row's earlier review comments, replies and status. */
    public static final String EARLIER_REVIEW = "Earlier review";

    /**
     * As {@link #reviewable(Table, List)}, with an "Earlier review" column before the comment column
     * when any row has earlier comments: each thread (comment, status, replies) as text, so that the
     * supervisor sees their comments answered. That column is never read back; the comment column
     * is left empty for what is new.
     *
     * @param threads the earlier threads of an anchor (a row's anchor may stand for several, e.g. a
     *                theme's definition and narrative)
     */
    public static Table reviewable(Table t, List<String> anchors,
                                   java.util.function.Function<String, List<Report.Thread>> threads) {
        if (anchors.size() != t.rows().size()) {
            throw new IllegalArgumentException(anchors.size() + " anchors for " + t.rows().size() + " rows");
        }
        List<String> earlier = anchors.stream().map(a -> threadText(threads.apply(a))).toList();
        boolean any = earlier.stream().anyMatch(e -> !e.isEmpty());
        Table.Builder b = new Table.Builder(t.name());
        t.columns().forEach(b::column);
        if (any) {
            b.column(Table.Column.wrapped(EARLIER_REVIEW, 30));
        }
        b.column(Table.Column.wrapped(REVIEWER_COMMENT, 24)).column(Table.Column.hidden(ANCHOR, 20));
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> cells = new ArrayList<>(t.rows().get(r));
            if (any) {
                cells.add(earlier.get(r));
            }
            cells.add("");
            cells.add(anchors.get(r));
            b.row(cells, t.isFlagged(r));
        }
        return b.build();
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy", java.util.Locale.ENGLISH).withZone(java.time.ZoneId.systemDefault());

    /**
     * Earlier comments as one cell's text: per comment its reviewer, date, status and text, then each
     * reply indented; "" for none.
     */
    static String threadText(List<Report.Thread> threads) {
        StringBuilder b = new StringBuilder();
        for (Report.Thread t : threads) {
            if (!b.isEmpty()) {
                b.append("\n");
            }
            b.append(t.reviewer()).append(t.writtenAt() == null ? "" : ", " + DAY.format(t.writtenAt()))
                    .append(" (").append(t.status())
                    .append(t.changed().isEmpty() ? "" : "; the text has " + t.changed().replace("gone", "gone since"))
                    .append("): ").append(t.text().strip());
            for (Report.Reply r : t.replies()) {
                b.append("\n    ↳ ").append(r.author()).append(r.at() == null ? "" : ", " + DAY.format(r.at()))
                        .append(": ").append(r.text().strip());
            }
        }
        return b.toString();
    }

    /** The header of the framework's sheet of cells a reviewer comments on. */
    public static final String FRAMEWORK_CELLS = "Cells for review";

    /**
     * The framework's cells that hold something (extracts or a summary), one row each, with a
     * "Reviewer comment" column and each cell's anchor; earlier comments on a cell shown beside it.
     */
    public static Table frameworkCells(FrameworkMatrix f, java.util.function.Function<String, List<Report.Thread>> threads) {
        Table.Builder b = new Table.Builder(FRAMEWORK_CELLS);
        b.column(Table.Column.wrapped("Cell", 30)).column(Table.Column.text("Extracts", 9))
                .column(Table.Column.wrapped("Summary", 50));
        List<String> anchors = new ArrayList<>();
        for (int r = 0; r < f.rows().size(); r++) {
            FrameworkMatrix.RowHead row = f.rows().get(r);
            for (int c = 0; c < f.columns().size(); c++) {
                FrameworkMatrix.Cell cell = f.cell(r, c);
                if (cell.count() == 0 && cell.summary().isBlank()) {
                    continue;
                }
                FrameworkMatrix.ColumnHead col = f.columns().get(c);
                b.row(List.of(row.label() + " × " + col.label(), cell.count(), cell.summary()));
                anchors.add(org.quire.model.ReviewAnchor.cell(row.guid(), row.value(), col.themeGuid()).toString());
            }
        }
        return reviewable(b.build(), anchors, threads);
    }

    /** The framework grid: per theme a count column and a summary column. */
    public static Table frameworkGrid(FrameworkMatrix f) {
        Table.Builder b = new Table.Builder("Framework");
        b.column(Table.Column.wrapped(rowHeader(f.rowKind()), 24));
        for (FrameworkMatrix.ColumnHead c : f.columns()) {
            // The count's header wraps word by word: as wide as the theme's longest word, within reason.
            int longest = java.util.Arrays.stream(c.label().split("\\s+")).mapToInt(String::length).max().orElse(0);
            b.column(Table.Column.wrapped(c.label() + ": extracts", Math.max(9, Math.min(14, longest + 2))))
                    .column(Table.Column.wrapped(c.label() + ": summary", 26));
        }
        for (int r = 0; r < f.rows().size(); r++) {
            List<Object> cells = new ArrayList<>();
            cells.add(f.rows().get(r).label());
            for (int c = 0; c < f.columns().size(); c++) {
                cells.add(f.cell(r, c).count());
                cells.add(f.cell(r, c).summary());
            }
            b.row(cells);
        }
        return b.build();
    }

    /** Every extract of the framework, one row each, with its row and column. */
    public static Table frameworkExtracts(FrameworkMatrix f) {
        Table.Builder b = new Table.Builder("Framework extracts");
        b.column(Table.Column.wrapped(rowHeader(f.rowKind()), 20)).column(Table.Column.wrapped("Theme", 18))
                .column(Table.Column.wrapped("Node", 20)).column(Table.Column.wrapped("Citation", 20))
                .column(Table.Column.wrapped("Extract", 56)).column(Table.Column.hidden("Coding GUID", 38));
        for (int r = 0; r < f.rows().size(); r++) {
            for (int c = 0; c < f.columns().size(); c++) {
                for (FrameworkMatrix.Extract e : f.cell(r, c).extracts()) {
                    b.row(List.of(f.rows().get(r).label(), f.columns().get(c).label(), e.node(), e.citation(),
                            e.text(), e.codingGuid()));
                }
            }
        }
        return b.build();
    }

    private static String rowHeader(String rowKind) {
        if (rowKind.startsWith("attr:")) {
            return rowKind.substring(5);
        }
        return "cases".equals(rowKind) ? "Case" : "Source";
    }

    /** The code book: one row per node, indented by depth in the name column. */
    public static Table codeBook(CodeBook book) {
        Table.Builder b = new Table.Builder("Code book");
        b.column(Table.Column.text("Node", 30)).column(Table.Column.wrapped("Path", 30))
                .column(Table.Column.text("Level", 6)).column(Table.Column.wrapped("Description", 50))
                .column(Table.Column.text("References", 11)).column(Table.Column.text("Sources", 9))
                .column(Table.Column.text("Words", 8)).column(Table.Column.text("References with children", 11))
                .column(Table.Column.text("Sources with children", 10)).column(Table.Column.text("Colour", 9))
                .column(Table.Column.hidden("GUID", 38));
        for (CodeBook.Entry e : book.nodes()) {
            b.row(List.of("    ".repeat(e.depth()) + e.name(), e.path(), e.depth() + 1, e.description(),
                    e.references(), e.sources(), e.words(), e.aggregateReferences(), e.aggregateSources(), e.color(),
                    e.guid()));
        }
        return b.build();
    }
}
