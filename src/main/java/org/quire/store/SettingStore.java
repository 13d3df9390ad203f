package org.quire.store;

import java.util.Optional;

/** Project-wide settings: title, GUID, language, creation date. */
public final class SettingStore {
    private final Jdbc jdbc;

    SettingStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String key) {
        return jdbc.one("SELECT setting_value FROM project_setting WHERE setting_key = ?", rs -> rs.getString(1), key);
    }

    public void put(String key, String value) {
        if (jdbc.update("UPDATE project_setting SET setting_value = ? WHERE setting_key = ?", value, key) == 0) {
            jdbc.update("INSERT INTO project_setting (setting_key, setting_value) VALUES (?, ?)", key, value);
        }
    }
}
