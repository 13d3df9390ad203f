package org.quire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.MemoTarget;
import org.quire.model.Span;
import org.quire.model.QuireException;
import org.quire.service.Project;

class MigrationTest {
    @TempDir
    Path dir;

    /** Makes a project as Quire's first schema version wrote it, with one source, node and coding. */
    private ProjectLayout projectAtVersion1() throws Exception {
        ProjectLayout layout = new ProjectLayout(dir.resolve("Old.quire"));
        String url = OldSchema.project(layout.root(), "1");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO project_setting VALUES ('title', 'Old project'), ('guid', 'g-1')");
            s.execute("INSERT INTO coder (id, guid, name, created_at) VALUES (1, 'c-1', 'Ann', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO source (id, guid, name, folder, format, checksum, original_file, imported_at,"
                    + " imported_by, word_count, char_count) VALUES (1, 's-1', 'Notes', '', 'txt', '"
                    + "0".repeat(64) + "', 's-1.txt', CURRENT_TIMESTAMP, 1, 2, 11)");
            s.execute("INSERT INTO source_content VALUES (1, 'Hello world', X'0006')");
            s.execute("INSERT INTO node (id, guid, name, color, created_at, updated_at) VALUES (1, 'n-1', 'Greeting',"
                    + " '#4E79A7', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO coding (guid, source_id, node_id, start_offset, end_offset, coder_id, created_at)"
                    + " VALUES ('k-1', 1, 1, 0, 5, 1, CURRENT_TIMESTAMP)");
        }
        return layout;
    }

    private static long historyRows(ProjectLayout layout) throws Exception {
        try (Connection c = DriverManager.getConnection(layout.jdbcUrl(true), "sa", "");
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aProjectFromThePreviousSchemaIsBackedUpAndMigratedOnOpen() throws Exception {
        ProjectLayout layout = projectAtVersion1();
        try (Project p = Project.open(layout.root(), "Ann")) {
            assertThat(p.migrationBackup()).isNotNull().exists();
            assertThat(p.migrationBackup().getFileName().toString()).startsWith("project-schema-v1-").endsWith(".zip");
            var source = p.sources().find("Notes");
            var node = p.nodes().find("Greeting");
            assertThat(p.codings().passages(node.id(), false)).singleElement()
                    .satisfies(passage -> assertThat(passage.text()).isEqualTo("Hello"));
            assertThat(p.sources().text(source.id()).text()).isEqualTo("Hello world");
            // Version 2 brought memos: they work on the migrated project.
            p.memos().addEntry(new MemoTarget.OfNode(node.id()), "Greetings open every interview.");
            assertThat(p.memos().entries(new MemoTarget.OfNode(node.id()))).hasSize(1);
        }
        try (Project p = Project.open(layout.root(), "Ann")) {
            assertThat(p.migrationBackup()).isNull();
        }
    }

    @Test
    void paragraphsAndPagesMoveToOneRowPerSourceUnchanged() throws Exception {
        // A project as schema version 10 wrote it: a row per paragraph and page, inserted out of order.
        ProjectLayout layout = new ProjectLayout(dir.resolve("Spans.quire"));
        String url = OldSchema.project(layout.root(), "10");
        String text = "First paragraph.\nSecond one, on page two.\nThird.";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO project_setting VALUES ('title', 'Spans'), ('guid', 'g-2')");
            s.execute("INSERT INTO coder (id, guid, name, created_at) VALUES (1, 'c-1', 'Ann', CURRENT_TIMESTAMP)");
            for (int id = 1; id <= 2; id++) {
                s.execute("INSERT INTO source (id, guid, name, folder, format, checksum, original_file, imported_at,"
                        + " imported_by, word_count, char_count) VALUES (" + id + ", 's-" + id + "', 'Notes " + id
                        + "', '', 'txt', '" + "0".repeat(64) + "', 's-" + id + ".txt', CURRENT_TIMESTAMP, 1, 8, "
                        + text.length() + ")");
                s.execute("INSERT INTO source_content VALUES (" + id + ", '" + text + "', X'00')");
            }
            s.execute("INSERT INTO source_span VALUES (1, 'P', 2, 42, 48), (1, 'G', 1, 17, 48), (1, 'P', 0, 0, 16),"
                    + " (1, 'G', 0, 0, 17), (1, 'P', 1, 17, 41)");
        }
        try (Project p = Project.open(layout.root(), "Ann")) {
            var first = p.sources().find("Notes 1");
            var text1 = p.sources().text(first.id());
            assertThat(text1.paragraphs()).containsExactly(new Span(0, 16), new Span(17, 41), new Span(42, 48));
            assertThat(text1.pages()).containsExactly(new Span(0, 17), new Span(17, 48));
            var second = p.sources().text(p.sources().find("Notes 2").id());
            assertThat(second.paragraphs()).isEmpty();
            assertThat(second.pages()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection(layout.jdbcUrl(true), "sa", "");
             var tables = c.getMetaData().getTables(null, null, "SOURCE_SPAN", null)) {
            assertThat(tables.next()).as("the old table is gone").isFalse();
        }
    }

    @Test
    void aProjectSavedByANewerQuireIsRefusedAndLeftUnchanged() throws Exception {
        Path folder;
        try (Project p = Project.create(dir.resolve("New.quire"), "New", "Ann")) {
            folder = p.folder();
        }
        ProjectLayout layout = new ProjectLayout(folder);
        try (Connection c = DriverManager.getConnection(layout.jdbcUrl(true), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES"
                    + " (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
        }
        long historyBefore = historyRows(layout);
        assertThatThrownBy(() -> Project.open(folder, "Ann"))
                .isInstanceOf(QuireException.class)
                .hasMessageContaining("saved by a newer version of Quire (project schema 99; this Quire knows up to "
                        + Database.SCHEMA_VERSION + ")");
        assertThat(Files.exists(layout.backups())).isFalse();
        assertThat(historyRows(layout)).isEqualTo(historyBefore);
        // The lock was released: the refusal did not leave the project stuck.
        assertThatThrownBy(() -> Project.open(folder, "Ann")).hasMessageContaining("newer version");
    }
}
