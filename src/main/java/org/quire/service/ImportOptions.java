package org.quire.service;

import java.util.Map;
import org.quire.imports.ImportLimits;

/**
 * How a batch of files is imported.
 *
 * @param folder     the project folder the sources go into ("" for the top level); a folder
 *                   imported recursively keeps its sub-folders below this one
 * @param attributes source attribute values given to every imported source (e.g. data type)
 * @param limits     size limits that protect the project from hostile or accidental files
 */
public record ImportOptions(String folder, Map<String, String> attributes, ImportLimits limits) {
    public ImportOptions {
        folder = folder == null ? "" : SourceService.normalizeFolder(folder);
        attributes = Map.copyOf(attributes);
    }

    public static ImportOptions defaults() {
        return new ImportOptions("", Map.of(), ImportLimits.DEFAULT);
    }

    public ImportOptions withFolder(String f) {
        return new ImportOptions(f, attributes, limits);
    }
}
