package org.quire.imports.refi;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * GUIDs as vendors write them: bare or in braces, upper or lower case. Only the 8-4-4-4-12 hex
 * shape is checked — never the UUID version or variant bits, which some writers do not set.
 */
public final class Guids {
    private static final Pattern SHAPE = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Guids() {
    }

    /** The GUID without braces, in lower case; null when {@code raw} is null, blank or not a GUID. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String g = raw.strip().toLowerCase(Locale.ROOT);
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1).strip();
        }
        return SHAPE.matcher(g).matches() ? g : null;
    }
}
