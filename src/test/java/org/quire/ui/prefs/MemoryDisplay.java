package org.quire.ui.prefs;

import java.util.HashMap;
import java.util.Map;

/** Display settings kept in memory, so the test leaves the user's own preferences alone. */
public final class MemoryDisplay implements DisplaySettings.Store {
    private final Map<String, Object> values = new HashMap<>();

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
