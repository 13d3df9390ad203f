package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class QuireAppTest {
    @Test
    void theFirstWindowTakesEightyPercentOfTheScreenCentred() {
        Rectangle2D first = QuireApp.firstBounds(new Rectangle2D(0, 0, 1920, 1080));
        assertThat(first).isEqualTo(new Rectangle2D(192, 108, 1536, 864));
        Rectangle2D second = QuireApp.firstBounds(new Rectangle2D(1920, 0, 1280, 720));
        assertThat(second.getMinX()).isEqualTo(1920 + 128);
        assertThat(second.getWidth()).isEqualTo(1024);
    }

    @Test
    void onASmallScreenTheFirstWindowIsStillAtLeastItsMinimumSize() {
        Rectangle2D first = QuireApp.firstBounds(new Rectangle2D(0, 0, 900, 560));
        assertThat(first.getWidth()).isEqualTo(800);
        assertThat(first.getHeight()).isEqualTo(500);
    }
}
