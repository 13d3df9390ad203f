package org.quire.service.sources;

import java.util.Map;
import org.quire.imports.ImportLimits;
import org.quire.model.FolderPath;
import org.quire.model.SourceFilter;

/**
 * How a batch of files is imported.
 *
 * @param folder     the project folder the sources go into ("" for the top level); a folder
 *                   imported recursively keeps its sub-folders below this one
 * @param attributes source attribute values given to every imported source (e.g. data type)
 * @param limits     size limits that protect the project from hostile or accidental files
 * @param dataTypeFromFolder set the "data type" attribute to the name of the folder each file is
 *                   in (a folder "Interviews" gives "Interviews"), unless {@code attributes} sets it
 * @param dateFromFile set the "date" attribute to the day the file was last changed, unless
 *                   {@code attributes} sets it: typed-up field notes are usually saved on the day
 */
public record ImportOptions(String folder, Map<String, String> attributes, ImportLimits limits,
                            boolean dataTypeFromFolder, boolean dateFromFile) {
    public static final String DATA_TYPE = "data type";
    public static final String DATE = SourceFilter.DATE;

    public ImportOptions {
        folder = folder == null ? "" : FolderPath.normalize(folder);
        attributes = Map.copyOf(attributes);
    }

    public ImportOptions(String folder, Map<String, String> attributes, ImportLimits limits) {
        this(folder, attributes, limits, false, false);
    }

    public static ImportOptions defaults() {
        return new ImportOptions("", Map.of(), ImportLimits.DEFAULT);
    }

    public ImportOptions withFolder(String f) {
        return new ImportOptions(f, attributes, limits, dataTypeFromFolder, dateFromFile);
    }
}
