package org.quire.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.AuditEntry;
import org.quire.model.Node;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.TestProjects;

/** The audit trail keeps every entry whole however it is stored (schema V10: JSON in the row, long JSON as CLOB). */
class AuditTrailStorageTest {
    @TempDir
    Path dir;

    @Test
    void aNodeDeletedWithManyCodingsKeepsItsWholeDetailInTheTrail() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source notes = TestProjects.importText(p, dir, "notes.txt", "word ".repeat(400));
            Node node = p.nodes().create(null, "Busy code", "", null);
            for (int i = 0; i < 200; i++) {
                p.codings().code(notes.id(), node.id(), new Span(i * 5, i * 5 + 4));
            }
            String guid = node.guid();
            p.nodes().delete(node.id());

            List<AuditEntry> trail = p.audit().forGuid(guid);
            AuditEntry deleted = trail.get(0);
            assertThat(deleted.action()).isEqualTo("node.delete");
            // Longer than the row keeps: it went to the CLOB column, and comes back whole.
            assertThat(deleted.before().length()).isGreaterThan(AuditStore.IN_ROW);
            assertThat(new ObjectMapper().readTree(deleted.before()).get("codings")).hasSize(200);
            // The ordinary entries before it are read from the row.
            assertThat(trail).filteredOn(e -> e.action().equals("coding.add")).hasSize(200)
                    .allSatisfy(e -> assertThat(new ObjectMapper().readTree(e.after()).get("guid").asText()).isNotBlank());
        }
    }

    @Test
    void upgradingKeepsEveryEarlierEntryAndItsSubjects() throws Exception {
        ProjectLayout layout = new ProjectLayout(dir.resolve("Old.quire"));
        String url = OldSchema.project(layout.root(), "8");
        String shortJson = "{\"name\":\"Trust\"}";
        String longJson = "{\"text\":\"" + "x".repeat(AuditStore.IN_ROW + 10) + "\"}";
        String midJson = "{\"text\":\"" + "y".repeat(1_000) + "\"}";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO project_setting VALUES ('title', 'Old project'), ('guid', 'g-1')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (at, coder_name, action, entity_type,"
                    + " entity_guid, summary, before_json, after_json) VALUES (CURRENT_TIMESTAMP, 'Ann', ?, 'node', 'n-1', ?, ?, ?)")) {
                Object[][] rows = {{"node.create", "Created", null, shortJson}, {"node.rename", "Renamed", shortJson, midJson},
                    {"node.delete", "Deleted", longJson, null}};
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.executeUpdate();
                }
            }
            // Identity values 1, 2, 3, in insertion order.
            s.execute("INSERT INTO audit_subject (audit_id, guid) VALUES (1, 'n-1'), (2, 'n-1'), (3, 'n-1'), (3, 'p-1')");
        }
        try (Project p = Project.open(layout.root(), "Ann")) {
            List<AuditEntry> trail = p.audit().forGuid("n-1");
            assertThat(trail).extracting(AuditEntry::action).containsExactly("node.delete", "node.rename", "node.create");
            assertThat(trail.get(0).before()).isEqualTo(longJson);
            assertThat(trail.get(0).after()).isNull();
            assertThat(trail.get(1).before()).isEqualTo(shortJson);
            assertThat(trail.get(1).after()).isEqualTo(midJson);
            assertThat(trail.get(2).after()).isEqualTo(shortJson);
            assertThat(p.audit().forGuid("p-1")).extracting(AuditEntry::id).containsExactly(3L);
            // New entries are added after the migrated ones and found through their subjects.
            Node n = p.nodes().create(null, "Fresh", "", null);
            JsonNode after = new ObjectMapper().readTree(p.audit().forGuid(n.guid()).get(0).after());
            assertThat(after.get("name").asText()).isEqualTo("Fresh");
            assertThat(p.audit().recent(1).get(0).id()).isGreaterThan(3L);
        }
    }
}
