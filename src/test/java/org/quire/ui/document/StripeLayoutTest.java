package org.quire.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StripeLayoutTest {
    @Test
    void onlyCodingsReachingIntoTheViewAreLaidOutOneColumnPerNodeByPath() {
        StripeLayout layout = new StripeLayout(1000, List.of(
                new StripeLayout.Stripe(0, 50, "Trust", "#ff0000"),
                new StripeLayout.Stripe(40, 120, "Vision", "#00ff00"),
                new StripeLayout.Stripe(100, 110, "Trust", "#ff0000"),
                new StripeLayout.Stripe(500, 600, "Board", "#0000ff")));

        List<StripeLayout.Column> columns = layout.visible(45, 105);

        assertThat(columns).extracting(StripeLayout.Column::node).containsExactly("Trust", "Vision");
        assertThat(columns.get(0).stripes()).extracting(StripeLayout.Stripe::start).containsExactly(0, 100);
        assertThat(layout.visible(200, 300)).isEmpty();
        assertThat(layout.visible(590, 700)).extracting(StripeLayout.Column::node).containsExactly("Board");
    }

    @Test
    void aCodingOfTheWholeSourceShowsEverywhere() {
        StripeLayout layout = new StripeLayout(10_000, List.of(new StripeLayout.Stripe(0, 10_000, "Whole", "#123456"),
                new StripeLayout.Stripe(20, 30, "Small", "#654321")));
        assertThat(layout.visible(9_000, 9_100)).extracting(StripeLayout.Column::node).containsExactly("Whole");
    }

    @Test
    void densityIsTheMostOverlappingCodingsInEachStretch() {
        StripeLayout layout = new StripeLayout(100, List.of(
                new StripeLayout.Stripe(0, 10, "A", "#000000"),
                new StripeLayout.Stripe(5, 20, "B", "#000000"),
                new StripeLayout.Stripe(60, 70, "C", "#000000")));
        assertThat(layout.density(10)).containsExactly(2, 1, 0, 0, 0, 0, 1, 0, 0, 0);
    }

    @Test
    void layingOutAScrolledViewOfALongDenselyCodedSourceTakesMicroseconds() {
        // 300,000 characters and 2,000 codings, as the workbench must scroll smoothly.
        Random random = new Random(7);
        List<StripeLayout.Stripe> stripes = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(299_000);
            stripes.add(new StripeLayout.Stripe(start, start + 20 + random.nextInt(900), "Node " + random.nextInt(60),
                    "#336699"));
        }
        StripeLayout layout = new StripeLayout(300_000, stripes);
        layout.density(400);
        long t0 = System.nanoTime();
        int frames = 2_000;
        int seen = 0;
        for (int f = 0; f < frames; f++) {
            int from = f * 140;
            seen += layout.visible(from, from + 3_000).size();
        }
        double perFrameMicros = (System.nanoTime() - t0) / 1_000.0 / frames;
        assertThat(seen).isPositive();
        // A frame lasts 16,667 µs; the layout must be a sliver of it even on a slow test machine.
        assertThat(perFrameMicros).isLessThan(1_000);
    }
}
