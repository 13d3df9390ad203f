package org.quire.service.queries;

import java.util.List;
import java.util.Map;

/**
 * What searches, word lists and queries can be restricted to, for the workbench's pickers.
 *
 * @param folders         every folder holding sources, parents included, sorted ignoring case
 * @param attributeValues source attribute name → its values: the defined choices, then values in use
 */
public record ScopeChoices(List<String> folders, Map<String, List<String>> attributeValues) {
    public ScopeChoices {
        folders = List.copyOf(folders);
        attributeValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributeValues));
    }
}
