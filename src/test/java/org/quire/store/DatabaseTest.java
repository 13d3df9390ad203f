package org.quire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
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
            int highestJava = Database.JAVA_MIGRATIONS.stream()
                    .mapToInt(m -> Integer.parseInt(m.getVersion().getVersion())).max().orElse(0);
            assertThat(Database.SCHEMA_VERSION).isEqualTo(Math.max(highest, highestJava));
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

    @Test
    void creatingAndCompactingAProjectWriteNoErrorToH2sTraceEvenWhenTracingIsOn(@TempDir Path dir) throws Exception {
        // With errors traced, any error H2 saw (a probe of a missing table, a connection handed back
        // after SHUTDOWN) would leave project.trace.db behind.
        String before = System.getProperty(ProjectLayout.TRACE_PROPERTY);
        System.setProperty(ProjectLayout.TRACE_PROPERTY, "1");
        Path folder;
        try {
            try (Project p = Project.create(dir.resolve("Traced.quire"), null, "Ann")) {
                folder = p.folder();
                p.nodes().createPath("Trust", "", null);
                p.compactAndClose();
            }
            try (Project p = Project.open(folder, "Ann")) {
                assertThat(p.nodes().find("Trust")).isNotNull();
            }
        } finally {
            if (before == null) {
                System.clearProperty(ProjectLayout.TRACE_PROPERTY);
            } else {
                System.setProperty(ProjectLayout.TRACE_PROPERTY, before);
            }
        }
        Path trace = folder.resolve("project.trace.db");
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").isEmpty();
    }

    @Test
    void h2WritesNoTraceFileIntoTheProjectFolderUnlessAsked(@TempDir Path dir) throws Exception {
        Path folder;
        try (Project p = Project.create(dir.resolve("Quiet.quire"), null, "Ann")) {
            folder = p.folder();
            // An error H2 sees and Quire handles: a statement on a table that is not there.
            assertThatThrownBy(() -> p.nodes().find("No such node")).isInstanceOf(QuireException.class);
        }
        assertThat(ProjectLayout.traceLevel()).isZero();
        assertThat(new ProjectLayout(folder).jdbcUrl(true)).contains(";TRACE_LEVEL_FILE=0");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("project.trace.db");
        }
    }
}
