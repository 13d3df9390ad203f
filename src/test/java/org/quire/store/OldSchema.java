package org.quire.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/** A project folder whose database is at an earlier schema version, for the upgrade tests to fill. */
final class OldSchema {
    private OldSchema() {
    }

    /**
     * Makes the project folder {@code folder} with its database migrated up to {@code version} only.
     *
     * @return the database's JDBC URL (user "sa", no password), for writing rows as that version did
     */
    static String project(Path folder, String version) throws Exception {
        ProjectLayout layout = new ProjectLayout(folder);
        Files.createDirectories(layout.originals());
        String url = layout.jdbcUrl(false);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(version).load().migrate();
        return url;
    }
}
