package org.quire.exports.refi;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * GUIDs for export elements that have no row of their own (a passage, a PDF's text representation,
 * a theme's set, the thematic map). They are derived from the GUIDs of what they stand for, so the
 * same project exports the same GUIDs every time (RFC 4122 name-based, lower case).
 */
public final class RefiGuids {
    private RefiGuids() {
    }

    /** The passage {@code [start, end)} (UTF-16 units) of a source. */
    public static String selection(String sourceGuid, int start, int end) {
        return derive("selection", sourceGuid + ":" + start + ":" + end);
    }

    public static String representation(String sourceGuid) {
        return derive("representation", sourceGuid);
    }

    /** The set that lists the codes of a theme. */
    public static String themeSet(String themeGuid) {
        return derive("theme-set", themeGuid);
    }

    /** The code that holds every theme code (a folder, not codable). */
    public static String themesFolder(String projectGuid) {
        return derive("themes-folder", projectGuid);
    }

    /** The set that lists the sources of a folder. */
    public static String folderSet(String projectGuid, String folder) {
        return derive("folder-set", projectGuid + ":" + folder);
    }

    public static String themeMap(String projectGuid) {
        return derive("theme-map", projectGuid);
    }

    public static String vertex(String graphGuid, String representedGuid) {
        return derive("vertex", graphGuid + ":" + representedGuid);
    }

    public static String edge(String graphGuid, String from, String to) {
        return derive("edge", graphGuid + ":" + from + ":" + to);
    }

    private static String derive(String kind, String name) {
        return UUID.nameUUIDFromBytes(("quire:" + kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
