package org.quire.service.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.quire.analysis.Frameworks;
import org.quire.analysis.ThemeFamilies;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeScope;
import org.quire.model.CaseLink;
import org.quire.model.CaseRecord;
import org.quire.model.Coder;
import org.quire.model.FrameworkMatrix;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.service.search.SourceScope;
import org.quire.store.Database;
import org.quire.store.ThemeMatrixStore;
import org.quire.store.Tx;

/**
 * Framework matrices: rows of sources, cases or the values of one source attribute against
 * columns of themes or sub-themes. A cell holds the extracts of the column's theme (and its
 * sub-themes) in the row, their count and the analyst's summary, saved per cell.
 *
 * <p>Rows are written {@code sources}, {@code cases} or {@code attr:NAME}; columns {@code themes}
 * (every top-level theme), {@code themes:NAME,NAME} or {@code subthemes:NAME}.
 */
public final class FrameworkService {
    private final Database db;
    private final Coder coder;

    public FrameworkService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    public FrameworkMatrix framework(String rows, String columns) {
        return db.read(tx -> build(tx, rows, columns));
    }

    static FrameworkMatrix build(Tx tx, String rows, String columns) {
        ThemeFamilies families = ThemeData.families(tx);
        List<Frameworks.ColumnSpec> cols = columns(families, columns);
        Map<SourceId, Source> sources = new LinkedHashMap<>();
        List<Source> ordered = new ArrayList<>(tx.sources().all());
        ordered.sort(SourceScope.READING_ORDER);
        ordered.forEach(s -> sources.put(s.id(), s));
        String kind = rowKind(rows);
        List<Frameworks.RowSpec> rowSpecs = rows(tx, kind, ordered);
        Map<String, String> summaries = new HashMap<>();
        for (ThemeMatrixStore.CellSummary s : tx.themeMatrices().summaries(
                cols.stream().map(c -> c.head().themeGuid()).toList())) {
            summaries.put(Frameworks.key(s.rowGuid(), s.rowValue(), s.themeGuid()), s.summary());
        }
        Map<SourceId, SourceText> texts = new HashMap<>();
        return Frameworks.build(kind, rowSpecs, cols, ThemeData.codings(tx, families), sources,
                id -> texts.computeIfAbsent(id, k -> tx.sources().text(k)), families.tree(), summaries);
    }

    /** Saves the analyst's summary of one cell; an empty summary removes it. */
    public void setSummary(FrameworkMatrix.RowHead row, String themeGuid, String summary) {
        String text = summary == null ? "" : summary.strip();
        db.write(coder, tx -> {
            Theme theme = tx.themes().all().stream().filter(t -> t.guid().equals(themeGuid)).findFirst()
                    .orElseThrow(() -> new QuireException("No theme with GUID '" + themeGuid + "' in this project"));
            String before = tx.themeMatrices().summary(row.guid(), row.value(), themeGuid)
                    .map(ThemeMatrixStore.CellSummary::summary).orElse("");
            if (before.equals(text)) {
                return null;
            }
            tx.themeMatrices().putSummary(new ThemeMatrixStore.CellSummary(row.guid(), row.value(), themeGuid, text),
                    tx.coder().id(), tx.now());
            tx.audit().record("framework.summary", "theme", theme.guid(), (text.isEmpty() ? "Removed the summary of"
                    : "Summarised") + " framework cell '" + row.label() + "' × '" + theme.name() + "'",
                    Map.of("summary", before), Map.of("summary", text), row.guid());
            return null;
        });
    }

    /** Finds a row by its label (ignoring case), as the command line names it. */
    public static FrameworkMatrix.RowHead row(FrameworkMatrix f, String label) {
        return f.rows().stream().filter(r -> r.label().equalsIgnoreCase(label.strip())).findFirst()
                .orElseThrow(() -> new QuireException("The framework has no row '" + label.strip() + "'"));
    }

    /** Finds a column by its theme name (ignoring case). */
    public static FrameworkMatrix.ColumnHead column(FrameworkMatrix f, String label) {
        return f.columns().stream().filter(c -> c.label().equalsIgnoreCase(label.strip())).findFirst()
                .orElseThrow(() -> new QuireException("The framework has no column '" + label.strip() + "'"));
    }

    private static String rowKind(String spec) {
        String s = spec == null ? "" : spec.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("sources") || lower.equals("cases")) {
            return lower;
        }
        if (lower.startsWith("attr:") && s.length() > 5) {
            return "attr:" + s.substring(5).strip();
        }
        throw new QuireException("Cannot read '" + spec + "' as framework rows: write sources, cases or attr:NAME");
    }

    private static List<Frameworks.RowSpec> rows(Tx tx, String kind, List<Source> ordered) {
        List<Frameworks.RowSpec> out = new ArrayList<>();
        if (kind.equals("sources")) {
            for (Source s : ordered) {
                Map<SourceId, List<Span>> whole = new HashMap<>();
                whole.put(s.id(), null);
                out.add(new Frameworks.RowSpec(new FrameworkMatrix.RowHead(s.guid(), "", s.path()), whole));
            }
        } else if (kind.equals("cases")) {
            List<CaseRecord> cases = tx.cases().all();
            if (cases.isEmpty()) {
                throw new QuireException("The project has no cases to make framework rows of");
            }
            Map<Object, Map<SourceId, List<Span>>> byCase = new HashMap<>();
            for (CaseLink link : tx.cases().allLinks()) {
                Map<SourceId, List<Span>> regions = byCase.computeIfAbsent(link.caseId(), k -> new HashMap<>());
                if (link.span() == null) {
                    regions.put(link.sourceId(), null);
                } else if (!regions.containsKey(link.sourceId()) || regions.get(link.sourceId()) != null) {
                    regions.computeIfAbsent(link.sourceId(), k -> new ArrayList<>()).add(link.span());
                }
            }
            for (CaseRecord c : cases) {
                out.add(new Frameworks.RowSpec(new FrameworkMatrix.RowHead(c.guid(), "", c.name()),
                        byCase.getOrDefault(c.id(), Map.of())));
            }
        } else {
            String name = kind.substring(5);
            AttributeDefinition def = tx.attributes().byName(AttributeScope.SOURCE, name)
                    .orElseThrow(() -> new QuireException("No source attribute named '" + name + "' in this project"));
            Map<String, Map<SourceId, List<Span>>> byValue = new HashMap<>();
            tx.attributes().sourceValuesOf(def.id()).forEach((source, value) ->
                    byValue.computeIfAbsent(value, k -> new HashMap<>()).put(source, null));
            if (byValue.isEmpty()) {
                throw new QuireException("No source has a value for '" + def.name() + "'");
            }
            List<String> values = new ArrayList<>();
            def.choices().stream().filter(byValue::containsKey).forEach(values::add);
            new TreeSet<>(byValue.keySet()).stream().filter(v -> !values.contains(v)).forEach(values::add);
            for (String v : values) {
                out.add(new Frameworks.RowSpec(new FrameworkMatrix.RowHead(def.guid(), v, v), byValue.get(v)));
            }
        }
        return out;
    }

    private static List<Frameworks.ColumnSpec> columns(ThemeFamilies families, String spec) {
        String s = spec == null ? "themes" : spec.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        List<Theme> themes;
        if (lower.equals("themes")) {
            themes = families.roots();
        } else if (lower.startsWith("themes:")) {
            themes = new ArrayList<>();
            for (String name : Arrays.stream(s.substring(7).split(",")).map(String::strip)
                    .filter(n -> !n.isEmpty()).toList()) {
                themes.add(byName(families, name));
            }
        } else if (lower.startsWith("subthemes:")) {
            Theme parent = byName(families, s.substring(10).strip());
            themes = families.children(parent.id());
            if (themes.isEmpty()) {
                throw new QuireException("Theme '" + parent.name() + "' has no sub-themes to make columns of");
            }
        } else {
            throw new QuireException("Cannot read '" + spec + "' as framework columns: write themes, "
                    + "themes:NAME,NAME or subthemes:NAME");
        }
        if (themes.isEmpty()) {
            throw new QuireException("The project has no themes to make framework columns of");
        }
        return themes.stream().map(t -> new Frameworks.ColumnSpec(new FrameworkMatrix.ColumnHead(t.guid(), t.name()),
                families.familyNodes(t.id()))).toList();
    }

    private static Theme byName(ThemeFamilies families, String name) {
        return families.ordered().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new QuireException("No theme named '" + name + "' in this project"));
    }
}
