package org.quire.ui.prefs;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * How the workbench looks for the person reading in it all day: the text size of the document
 * view and a light or dark theme, kept between sessions.
 */
public final class DisplaySettings {
    public static final int MIN_SIZE = 10;
    public static final int MAX_SIZE = 32;
    public static final int DEFAULT_SIZE = 15;

    /** Where the settings are kept (the user's preferences; a map in tests). */
    public interface Store {
        int getInt(String key, int otherwise);

        boolean getBoolean(String key, boolean otherwise);

        void putInt(String key, int value);

        void putBoolean(String key, boolean value);
    }

    private final Store store;
    private final IntegerProperty textSize = new SimpleIntegerProperty();
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public DisplaySettings(Store store) {
        this.store = store;
        textSize.set(clamp(store.getInt("text.size", DEFAULT_SIZE)));
        dark.set(store.getBoolean("theme.dark", false));
        textSize.addListener((o, a, b) -> store.putInt("text.size", b.intValue()));
        dark.addListener((o, a, b) -> store.putBoolean("theme.dark", b));
    }

    /** The user's own preferences on this computer. */
    public static DisplaySettings ofUser() {
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("org/quire/ui/display");
        return new DisplaySettings(new Store() {
            @Override
            public int getInt(String key, int otherwise) {
                return prefs.getInt(key, otherwise);
            }

            @Override
            public boolean getBoolean(String key, boolean otherwise) {
                return prefs.getBoolean(key, otherwise);
            }

            @Override
            public void putInt(String key, int value) {
                prefs.putInt(key, value);
            }

            @Override
            public void putBoolean(String key, boolean value) {
                prefs.putBoolean(key, value);
            }
        });
    }

    /** The document's text size in pixels. */
    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void larger() {
        textSize.set(clamp(textSize.get() + 1));
    }

    public void smaller() {
        textSize.set(clamp(textSize.get() - 1));
    }

    public void reset() {
        textSize.set(DEFAULT_SIZE);
    }

    private static int clamp(int size) {
        return Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
    }
}
