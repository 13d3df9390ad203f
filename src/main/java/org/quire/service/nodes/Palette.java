package org.quire.service.nodes;

import java.util.List;

/** Default node colours: distinct, readable as highlights on white and dark backgrounds. */
public final class Palette {
    private static final List<String> COLORS = List.of("#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
            "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC");

    private Palette() {
    }

    public static String colorFor(long ordinal) {
        return COLORS.get((int) Math.floorMod(ordinal, COLORS.size()));
    }
}
