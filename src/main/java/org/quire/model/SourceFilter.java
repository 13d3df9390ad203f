package org.quire.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which sources a search, word list or query looks at. Every condition given must hold.
 *
 * @param folder        a folder and its sub-folders ("" or null: every folder)
 * @param attributes    attribute name → value, compared ignoring case (e.g. "data type" → "interview")
 * @param dateAttribute the attribute {@code from}/{@code to} apply to, normally "date"
 * @param from          first date included, or null
 * @param to            last date included, or null
 */
public record SourceFilter(String folder, Map<String, String> attributes, String dateAttribute, LocalDate from,
                           LocalDate to) {
    /** The source attribute a date range applies to unless another is named. */
    public static final String DATE = "date";

    /** Every source in the project. */
    public static final SourceFilter ALL = new SourceFilter(null, Map.of(), DATE, null, null);

    public SourceFilter {
        attributes = attributes == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(attributes));
        dateAttribute = dateAttribute == null || dateAttribute.isBlank() ? DATE : dateAttribute;
        if (from != null && to != null && from.isAfter(to)) {
            throw new org.quire.model.QuireException("The date range " + from + " to " + to + " is empty: "
                    + "the first date is after the last");
        }
    }

    public SourceFilter inFolder(String f) {
        return new SourceFilter(f, attributes, dateAttribute, from, to);
    }

    public SourceFilter where(String attribute, String value) {
        Map<String, String> more = new LinkedHashMap<>(attributes);
        more.put(attribute, value);
        return new SourceFilter(folder, more, dateAttribute, from, to);
    }

    public SourceFilter between(LocalDate first, LocalDate last) {
        return new SourceFilter(folder, attributes, dateAttribute, first, last);
    }

    public boolean isAll() {
        return (folder == null || folder.isBlank()) && attributes.isEmpty() && from == null && to == null;
    }
}
