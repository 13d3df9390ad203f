package org.quire.service.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quire.model.FolderPath;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceFilter;
import org.quire.service.coding.SourceLists;
import org.quire.store.Tx;

/** Resolves a {@link SourceFilter} to sources, and the order results are shown in. */
public final class SourceScope {
    /** Sources in the order a reader expects: by folder and name, ignoring case. */
    public static final Comparator<Source> READING_ORDER = Comparator.comparing((Source s) -> s.path().toLowerCase(Locale.ROOT))
            .thenComparing(s -> s.id().value());

    private SourceScope() {
    }

    /** The sources the filter lets through, in reading order. */
    public static List<Source> sources(Tx tx, SourceFilter filter) {
        List<Source> all = new ArrayList<>(tx.sources().all());
        all.sort(READING_ORDER);
        return sources(tx, all, filter);
    }

    /** As {@link #sources(Tx, SourceFilter)}, from a list of the sources kept between calls. */
    public static List<Source> sources(Tx tx, SourceLists lists, SourceFilter filter) {
        return sources(tx, lists.sorted(tx, READING_ORDER), filter);
    }

    // all: every source in reading order
    private static List<Source> sources(Tx tx, List<Source> all, SourceFilter filter) {
        if (filter == null || filter.isAll()) {
            return all;
        }
        String folder = filter.folder() == null ? "" : FolderPath.normalize(filter.folder());
        List<Source> out = new ArrayList<>();
        List<Map<Long, String>> values = new ArrayList<>();
        for (String name : filter.attributes().keySet()) {
            requireAttribute(tx, name);
            values.add(tx.searches().sourceValues(name));
        }
        List<String> wanted = List.copyOf(filter.attributes().values());
        Map<Long, String> dates = filter.from() == null && filter.to() == null ? null
                : tx.searches().sourceValues(requireAttribute(tx, filter.dateAttribute()));
        String under = folder.toLowerCase(Locale.ROOT) + "/";
        // Whether a folder is in scope, decided once per folder rather than once per source.
        Map<String, Boolean> inScope = new java.util.HashMap<>();
        for (Source s : all) {
            if (!folder.isEmpty() && !inScope.computeIfAbsent(s.folder(), f -> f.equalsIgnoreCase(folder)
                    || f.toLowerCase(Locale.ROOT).startsWith(under))) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < values.size() && ok; i++) {
                String v = values.get(i).get(s.id().value());
                ok = v != null && v.strip().equalsIgnoreCase(wanted.get(i).strip());
            }
            if (ok && dates != null) {
                LocalDate d = date(dates.get(s.id().value()));
                ok = d != null && (filter.from() == null || !d.isBefore(filter.from()))
                        && (filter.to() == null || !d.isAfter(filter.to()));
            }
            if (ok) {
                out.add(s);
            }
        }
        return out;
    }

    private static String requireAttribute(Tx tx, String name) {
        if (tx.attributes().byName(org.quire.model.AttributeScope.SOURCE, name).isEmpty()) {
            throw new QuireException("No source attribute named '" + name + "' in this project");
        }
        return name;
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
