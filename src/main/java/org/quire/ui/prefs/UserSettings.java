package org.quire.ui.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What Quire remembers about the person using it, across projects: their name as a coder and the
 * projects they opened last (most recent first). Kept in the user's preferences beside the display
 * settings, never in a project, so a shared project does not carry one person's choices.
 */
public final class UserSettings {
    /** How many projects File → Open recent lists. */
    public static final int MAX_RECENT = 10;

    private static final String CODER = "coder";
    private static final String RECENT = "recent.projects";
    // One entry per line, folder and title separated by a tab: neither occurs in a folder name in practice.
    private static final String LINE = "\n";
    private static final String FIELD = "\t";
    private static final int MAX_STORED = 8000;

    /** Where the values are kept (the user's preferences; a map in tests). */
    public interface Store {
        String get(String key);

        void put(String key, String value);

        void remove(String key);
    }

    /** A project opened before: its folder and the title it had then. */
    public record Recent(Path folder, String title) {
    }

    private final Store store;

    public UserSettings(Store store) {
        this.store = store;
    }

    /** The user's own preferences on this computer (the node Quire has always kept the coder in). */
    public static UserSettings ofUser() {
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("org/quire/ui");
        return new UserSettings(new Store() {
            @Override
            public String get(String key) {
                return prefs.get(key, null);
            }

            @Override
            public void put(String key, String value) {
                prefs.put(key, value);
            }

            @Override
            public void remove(String key) {
                prefs.remove(key);
            }
        });
    }

    /** The coder's name chosen in Preferences (or at first start), or null when never chosen. */
    public String coder() {
        String name = store.get(CODER);
        return name == null || name.isBlank() ? null : name;
    }

    public void setCoder(String name) {
        store.put(CODER, name.strip());
    }

    /** Projects opened before, most recent first, at most {@link #MAX_RECENT}. */
    public List<Recent> recent() {
        String raw = store.get(RECENT);
        List<Recent> out = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        for (String line : raw.split(LINE)) {
            int tab = line.indexOf(FIELD);
            String folder = tab < 0 ? line : line.substring(0, tab);
            if (!folder.isBlank()) {
                out.add(new Recent(Path.of(folder), tab < 0 ? "" : line.substring(tab + 1)));
            }
        }
        return out;
    }

    /** The project opened last, or null. */
    public Path lastProject() {
        List<Recent> recent = recent();
        return recent.isEmpty() ? null : recent.get(0).folder();
    }

    /** Puts a project first in the recent list (once), dropping the oldest beyond the limit. */
    public void opened(Path folder, String title) {
        Path key = normal(folder);
        List<Recent> list = new ArrayList<>();
        list.add(new Recent(key, title == null ? "" : title.replace(LINE, " ").replace(FIELD, " ")));
        for (Recent r : recent()) {
            if (!normal(r.folder()).equals(key) && list.size() < MAX_RECENT) {
                list.add(r);
            }
        }
        save(list);
    }

    /** Drops a project from the recent list (its folder was moved or deleted). */
    public void forget(Path folder) {
        Path key = normal(folder);
        save(recent().stream().filter(r -> !normal(r.folder()).equals(key)).toList());
    }

    /** Empties the recent list. */
    public void clearRecent() {
        store.remove(RECENT);
    }

    private void save(List<Recent> list) {
        StringBuilder out = new StringBuilder();
        for (Recent r : list) {
            String entry = r.folder() + FIELD + r.title();
            // A preference value holds at most 8,192 characters: very long paths push the oldest out.
            if (out.length() + entry.length() + 1 > MAX_STORED) {
                break;
            }
            if (!out.isEmpty()) {
                out.append(LINE);
            }
            out.append(entry);
        }
        store.put(RECENT, out.toString());
    }

    // The same folder reached by a relative path or with a trailing "/." must not be listed twice.
    private static Path normal(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
