package org.quire.service.nodes;

import java.util.List;

/**
 * Default node colours: the Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008), chosen
 * to stay distinguishable side by side, also for readers with colour-vision deficiencies, with black
 * left out (it would hide the text it tints) and a neutral grey as its eighth colour.
 */
public final class Palette {
    /** Orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, grey. */
    public static final List<String> COLORS = List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2",
            "#D55E00", "#CC79A7", "#999999");

    private Palette() {
    }

    /** The colour of the {@code ordinal}-th node made without one; the palette repeats after eight. */
    public static String colorFor(long ordinal) {
        return COLORS.get((int) Math.floorMod(ordinal, COLORS.size()));
    }
}
