package org.quire.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplaySettingsTest {
    @Test
    void textSizeAndThemeAreKeptForTheNextSessionWithinSensibleBounds() {
        MemoryDisplay store = new MemoryDisplay();
        DisplaySettings settings = new DisplaySettings(store);
        assertThat(settings.textSizeProperty().get()).isEqualTo(DisplaySettings.DEFAULT_SIZE);
        settings.larger();
        settings.larger();
        settings.darkProperty().set(true);

        DisplaySettings next = new DisplaySettings(store);
        assertThat(next.textSizeProperty().get()).isEqualTo(DisplaySettings.DEFAULT_SIZE + 2);
        assertThat(next.darkProperty().get()).isTrue();

        for (int i = 0; i < 50; i++) {
            next.smaller();
        }
        assertThat(next.textSizeProperty().get()).isEqualTo(DisplaySettings.MIN_SIZE);
        store.putInt("text.size", 400);
        assertThat(new DisplaySettings(store).textSizeProperty().get()).isEqualTo(DisplaySettings.MAX_SIZE);
    }
}
