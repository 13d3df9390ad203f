package org.quire.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Addresses nodes by the names from the root down, written {@code Parent/Child}. A slash inside a
 * name is written {@code \/} and a backslash {@code \\}.
 */
public final class NodePath {
    private NodePath() {
    }

    public static List<String> parse(String path) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length()) {
                current.append(path.charAt(++i));
            } else if (c == '/') {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().strip());
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new QuireException("Node path '" + path + "' has an empty name in it");
        }
        return parts;
    }

    public static String escape(String name) {
        return name.replace("\\", "\\\\").replace("/", "\\/");
    }

    public static String join(List<String> names) {
        return String.join("/", names.stream().map(NodePath::escape).toList());
    }
}
