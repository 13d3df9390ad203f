package org.quire.ui.coding;

import org.quire.model.NodePath;

/** In-vivo coding: the participant's own words become the node's name. */
public final class InVivo {
    /** Longest name an in-vivo node gets; longer selections are cut at a word with an ellipsis. */
    public static final int MAX_NAME = 60;

    private InVivo() {
    }

    /**
     * The node name for selected words: whitespace collapsed, surrounding quotes and punctuation
     * dropped, cut at a word boundary when long. Null when nothing nameable was selected.
     */
    public static String nameFor(String selected) {
        if (selected == null) {
            return null;
        }
        String name = selected.replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[\\p{P}\\s]+", "").replaceAll("[\\p{P}\\s]+$", "");
        if (name.isEmpty()) {
            return null;
        }
        if (name.length() > MAX_NAME) {
            int cut = name.lastIndexOf(' ', MAX_NAME - 1);
            name = name.substring(0, cut > MAX_NAME / 2 ? cut : MAX_NAME - 1).strip() + "…";
        }
        return name;
    }

    /** The name as a one-level node path (a slash in the words stays part of the name). */
    public static String pathFor(String selected) {
        String name = nameFor(selected);
        return name == null ? null : NodePath.escape(name);
    }
}
