package org.quire.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.quire.model.NodeId;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeMatrix;

/**
 * Builds theme matrices from light coding rows. Per source the theme's extracts and the other
 * themes' codings are each sorted once by start and swept together, so finding which other themes
 * an extract also supports costs O(n log n + overlaps) rather than a comparison per pair.
 */
public final class ThemeMatrices {
    private ThemeMatrices() {
    }

    /** A coding as the matrices need it: its GUID, node, source and range. */
    public record Coded(String guid, NodeId node, SourceId source, Span span) {
    }

    /** The analyst's note and quotation flag on one extract. */
    public record Note(String note, boolean quote) {
    }

    /**
     * Everything the matrices are computed from.
     *
     * @param codings    every coding at a node that feeds any theme (more is harmless)
     * @param sources    the project's sources by id
     * @param texts      the texts of the sources that have extracts, read in one go
     * @param attributes attribute name → source → value, in the column order wanted
     * @param notes      theme GUID → coding GUID → note
     */
    public record Data(ThemeFamilies themes, List<Coded> codings, Map<SourceId, Source> sources,
                       Function<Set<SourceId>, Map<SourceId, SourceText>> texts, Map<String, Map<SourceId, String>> attributes,
                       Map<String, Map<String, Note>> notes) {
    }

    /** The matrix of {@code id}, with the rows of its sub-themes. */
    public static ThemeMatrix build(Data data, ThemeId id) {
        ThemeFamilies themes = data.themes();
        Theme theme = themes.theme(id);
        List<Theme> family = themes.family(id);
        // Which family member a node feeds: the most specific one (sub-themes are assigned first).
        Map<NodeId, Integer> memberOf = new HashMap<>();
        for (int i = family.size() - 1; i >= 0; i--) {
            for (NodeId n : themes.ownNodes(family.get(i).id())) {
                memberOf.putIfAbsent(n, i);
            }
        }
        Set<ThemeId> excluded = new HashSet<>();
        family.forEach(t -> excluded.add(t.id()));
        themes.ancestors(id).forEach(t -> excluded.add(t.id()));
        Map<NodeId, List<String>> otherThemesOf = new HashMap<>();
        for (Theme other : themes.ordered()) {
            if (!excluded.contains(other.id())) {
                for (NodeId n : themes.ownNodes(other.id())) {
                    otherThemesOf.computeIfAbsent(n, k -> new ArrayList<>()).add(other.name());
                }
            }
        }
        Map<SourceId, List<Coded>> mine = new HashMap<>();
        Map<SourceId, List<Coded>> others = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Coded c : data.codings()) {
            if (memberOf.containsKey(c.node()) && seen.add(c.guid())) {
                mine.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
            }
            if (otherThemesOf.containsKey(c.node())) {
                others.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
            }
        }
        List<String> attributeNames = List.copyOf(data.attributes().keySet());
        Map<String, Note> notes = data.notes().getOrDefault(theme.guid(), Map.of());
        Map<NodeId, String> paths = new HashMap<>();
        List<Sortable> rows = new ArrayList<>();
        Map<SourceId, SourceText> texts = data.texts().apply(mine.keySet());
        for (Map.Entry<SourceId, List<Coded>> e : mine.entrySet()) {
            Source source = data.sources().get(e.getKey());
            SourceText text = texts.get(e.getKey());
            if (source == null || text == null) {
                continue;
            }
            List<Coded> extracts = e.getValue();
            extracts.sort(Comparator.comparing(Coded::span));
            List<TreeSet<String>> also = alsoSupports(extracts, others.getOrDefault(e.getKey(), List.of()),
                    otherThemesOf);
            List<String> values = new ArrayList<>(attributeNames.size());
            for (String a : attributeNames) {
                values.add(data.attributes().get(a).getOrDefault(source.id(), ""));
            }
            for (int i = 0; i < extracts.size(); i++) {
                Coded c = extracts.get(i);
                int member = memberOf.get(c.node());
                int page = Citations.page(text, c.span().start());
                int paragraph = Citations.paragraph(text, c.span().start());
                Note note = notes.getOrDefault(c.guid(), new Note("", false));
                String node = paths.computeIfAbsent(c.node(), n -> themes.tree().path(n));
                ThemeMatrix.Row row = new ThemeMatrix.Row(c.guid(), member == 0 ? "" : family.get(member).name(), node,
                        source.path(), values, page, paragraph, Citations.cite(source, page, paragraph),
                        c.span().start(), c.span().end(), text.extract(c.span()), List.copyOf(also.get(i)),
                        note.note(), note.quote());
                rows.add(new Sortable(member, node.toLowerCase(Locale.ROOT), source.path().toLowerCase(Locale.ROOT),
                        row));
            }
        }
        rows.sort(Comparator.comparingInt(Sortable::member).thenComparing(Sortable::node)
                .thenComparing(Sortable::source).thenComparingInt(s -> s.row().start())
                .thenComparingInt(s -> s.row().end()));
        return new ThemeMatrix(theme.guid(), theme.name(), attributeNames, rows.stream().map(Sortable::row).toList());
    }

    private record Sortable(int member, String node, String source, ThemeMatrix.Row row) {
    }

    /**
     * For each extract (sorted by start), the other themes with a coding that overlaps it. Other
     * codings are taken in start order; an open one is dropped once it ends before the current
     * extract starts, since every later extract starts later still.
     */
    static List<TreeSet<String>> alsoSupports(List<Coded> extracts, List<Coded> others,
                                              Map<NodeId, List<String>> themesOf) {
        List<TreeSet<String>> out = new ArrayList<>(extracts.size());
        List<Coded> sorted = new ArrayList<>(others);
        sorted.sort(Comparator.comparing(Coded::span));
        List<Coded> open = new ArrayList<>();
        int next = 0;
        for (Coded x : extracts) {
            Span span = x.span();
            while (next < sorted.size() && sorted.get(next).span().start() < span.end()) {
                open.add(sorted.get(next++));
            }
            TreeSet<String> names = new TreeSet<>();
            open.removeIf(o -> o.span().end() <= span.start());
            for (Coded o : open) {
                if (o.span().start() < span.end() && o.span().overlaps(span)) {
                    names.addAll(themesOf.get(o.node()));
                }
            }
            out.add(names);
        }
        return out;
    }
}
