package org.quire.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The names up the coding stripes: drawn once each, turned to read upwards, and only so many kept. */
@ExtendWith(ApplicationExtension.class)
class StripeNamesUiTest {
    @Start
    void start(Stage stage) {
    }

    @Test
    void aNameIsDrawnOnceTurnedUpwardsAndTheKeptNamesAreBounded() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            StripeNames names = new StripeNames(9);
            Image shortName = names.image("Trust", Color.BLACK, 1);
            Image longName = names.image("Trust in the partnership board", Color.BLACK, 1);
            // Turned: taller than wide, and a longer name is a taller image, not a wider one.
            assertThat(shortName.getHeight()).isGreaterThan(shortName.getWidth());
            assertThat(longName.getHeight()).isGreaterThan(shortName.getHeight() * 3);
            assertThat(longName.getWidth()).isEqualTo(shortName.getWidth());
            // The same name in the same colour is the same image; in the other colour, another.
            assertThat(names.image("Trust", Color.BLACK, 1)).isSameAs(shortName);
            assertThat(names.image("Trust", Color.WHITE, 1)).isNotSameAs(shortName);
            // At twice the pixels a point (a HiDPI screen) the image is drawn twice as large.
            assertThat(names.image("Trust", Color.BLACK, 2).getHeight()).isEqualTo(shortName.getHeight() * 2, org.assertj.core.data.Offset.offset(2.0));
            for (int i = 0; i < StripeNames.KEPT * 2; i++) {
                names.image("Node " + i, Color.BLACK, 2);
            }
            assertThat(names.kept()).isEqualTo(StripeNames.KEPT);
        }).get();
    }
}
