package org.quire.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplaySettingsTest {
    /** Preferences kept in a map, as the user's preferences would keep them. */
    private static final class MapStore implements DisplaySettings.Store {
        final Map<String, Object> values = new HashMap<>();

        @Override
        public int getInt(String key, int otherwise) {
            return (int) values.getOrDefault(key, otherwise);
        }

        @Override
        public boolean getBoolean(String key, boolean otherwise) {
            return (boolean) values.getOrDefault(key, otherwise);
        }

        @Override
        public void putInt(String key, int value) {
            values.put(key, value);
        }

        @Override
        public void putBoolean(String key, boolean value) {
            values.put(key, value);
        }
    }

    @Test
    void textSizeAndThemeAreKeptForTheNextSessionWithinSensibleBounds() {
        MapStore store = new MapStore();
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
