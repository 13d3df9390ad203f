package org.quire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.QuireException;
import org.quire.service.Project;

class DatabaseTest {
    @Test
    void theSchemaVersionConstantIsTheHighestMigration() throws Exception {
        URL folder = Database.class.getResource("/db/migration");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            int highest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
            assertThat(Database.SCHEMA_VERSION).isEqualTo(highest);
        }
    }

    @Test
    void aDamagedDatabaseFileGivesAClearMessageAndReleasesTheProject(@TempDir Path dir) throws Exception {
        Path folder;
        try (Project p = Project.create(dir.resolve("Broken.quire"), null, "Ann")) {
            folder = p.folder();
        }
        byte[] garbage = new byte[4096];
        new Random(1).nextBytes(garbage);
        Files.write(folder.resolve("project.mv.db"), garbage);
        assertThatThrownBy(() -> Project.open(folder, "Ann"))
                .isInstanceOf(QuireException.class)
                .hasMessageStartingWith("Project 'Broken' cannot be opened: its database file project.mv.db is damaged");
        // The lock is released, so the same refusal comes again rather than "already open".
        assertThatThrownBy(() -> Project.open(folder, "Ann")).hasMessageContaining("is damaged");
    }
}
