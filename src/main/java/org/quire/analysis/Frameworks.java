package org.quire.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quire.model.FrameworkMatrix;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.model.Span;

/** Computes framework matrices: which extracts of each column's theme fall in each row. */
public final class Frameworks {
    private Frameworks() {
    }

    /**
     * A row to compute: its head and where it is in the data.
     *
     * @param regions per source, the passages the row covers; a null list means the whole source
     */
    public record RowSpec(FrameworkMatrix.RowHead head, Map<SourceId, List<Span>> regions) {
    }

    /** A column to compute: its head and the nodes whose codings fill it. */
    public record ColumnSpec(FrameworkMatrix.ColumnHead head, Set<NodeId> nodes) {
    }

    /**
     * @param summaries row GUID + "\u0000" + row value + "\u0000" + theme GUID → summary
     */
    public static FrameworkMatrix build(String rowKind, List<RowSpec> rows, List<ColumnSpec> columns,
                                        List<ThemeMatrices.Coded> codings, Map<SourceId, Source> sources,
                                        Function<SourceId, SourceText> texts, NodeTree tree,
                                        Map<String, String> summaries) {
        Map<NodeId, List<Integer>> columnsOf = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            for (NodeId n : columns.get(c).nodes()) {
                columnsOf.computeIfAbsent(n, k -> new ArrayList<>()).add(c);
            }
        }
        // Per source, each column's codings (a coding counted once per column even when two of its nodes feed it).
        Map<SourceId, List<List<ThemeMatrices.Coded>>> bySource = new HashMap<>();
        Map<Integer, Set<String>> seen = new HashMap<>();
        for (ThemeMatrices.Coded c : codings) {
            for (int column : columnsOf.getOrDefault(c.node(), List.of())) {
                if (seen.computeIfAbsent(column, k -> new java.util.HashSet<>()).add(c.guid())) {
                    List<List<ThemeMatrices.Coded>> perColumn = bySource.computeIfAbsent(c.source(), k -> {
                        List<List<ThemeMatrices.Coded>> l = new ArrayList<>();
                        for (int i = 0; i < columns.size(); i++) {
                            l.add(new ArrayList<>());
                        }
                        return l;
                    });
                    perColumn.get(column).add(c);
                }
            }
        }
        bySource.values().forEach(perColumn -> perColumn.forEach(l -> l.sort(Comparator.comparing(
                ThemeMatrices.Coded::span))));
        Map<SourceId, SourceText> textCache = new HashMap<>();
        Map<NodeId, String> paths = new HashMap<>();
        List<List<FrameworkMatrix.Cell>> cells = new ArrayList<>();
        for (RowSpec row : rows) {
            List<List<FrameworkMatrix.Extract>> found = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                found.add(new ArrayList<>());
            }
            List<SourceId> inRow = new ArrayList<>(row.regions().keySet());
            inRow.sort(Comparator.comparing((SourceId s) -> sources.containsKey(s)
                    ? sources.get(s).path().toLowerCase(Locale.ROOT) : "").thenComparingLong(SourceId::value));
            for (SourceId sid : inRow) {
                List<List<ThemeMatrices.Coded>> perColumn = bySource.get(sid);
                Source source = sources.get(sid);
                if (perColumn == null || source == null) {
                    continue;
                }
                List<Span> regions = row.regions().get(sid);
                for (int c = 0; c < columns.size(); c++) {
                    for (ThemeMatrices.Coded coded : perColumn.get(c)) {
                        if (regions == null || regions.stream().anyMatch(r -> r.overlaps(coded.span()))) {
                            SourceText text = textCache.computeIfAbsent(sid, texts);
                            int page = Citations.page(text, coded.span().start());
                            int paragraph = Citations.paragraph(text, coded.span().start());
                            found.get(c).add(new FrameworkMatrix.Extract(coded.guid(),
                                    paths.computeIfAbsent(coded.node(), tree::path), source.path(),
                                    Citations.cite(source, page, paragraph), text.extract(coded.span())));
                        }
                    }
                }
            }
            List<FrameworkMatrix.Cell> line = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String summary = summaries.getOrDefault(key(row.head().guid(), row.head().value(),
                        columns.get(c).head().themeGuid()), "");
                line.add(new FrameworkMatrix.Cell(found.get(c).size(), summary, found.get(c)));
            }
            cells.add(line);
        }
        return new FrameworkMatrix(rowKind, rows.stream().map(RowSpec::head).toList(),
                columns.stream().map(ColumnSpec::head).toList(), cells);
    }

    /** The key of a saved summary in the map {@link #build} takes. */
    public static String key(String rowGuid, String rowValue, String themeGuid) {
        return rowGuid + '\u0000' + rowValue + '\u0000' + themeGuid;
    }

    /** The nodes of a set of themes, for a column. */
    public static Set<NodeId> union(List<Set<NodeId>> sets) {
        Set<NodeId> out = new LinkedHashSet<>();
        sets.forEach(out::addAll);
        return out;
    }
}
