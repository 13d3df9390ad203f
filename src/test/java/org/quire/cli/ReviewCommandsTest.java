package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Theme;
import org.quire.service.Project;

class ReviewCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aSupervisorsCommentsAreImportedOnceListedAnsweredAndResolved() throws Exception {
        String folder = QuireCli.newProject(dir);
        String guid;
        Theme theme;
        try (Project p = Project.open(Path.of(folder), QuireCli.CODER)) {
            theme = p.themes().create("Everyday care", "Small acts that hold the partnership together", null, List.of());
            guid = p.guid();
        }
        Path file = dir.resolve("Fieldwork-review-Dr Lee-2027-03-12.quirereview");
        Files.writeString(file, "{\"format\":\"quire-review\",\"version\":1,\"project\":{\"guid\":\"" + guid
                + "\",\"title\":\"Fieldwork\"},\"reviewer\":\"Dr Lee\",\"comments\":[{\"anchor\":\"theme-definition:"
                + theme.guid() + "\",\"label\":\"Theme 'Everyday care': definition\",\"text\":\"Too broad?\","
                + "\"quoted\":\"Small acts that hold the partnership together\",\"writtenAt\":\"2027-03-12T10:15:00Z\"}]}");

        assertThat(QuireCli.ok("review", "import", folder, file.toString()))
                .contains("Imported 1 comment from Fieldwork-review-Dr Lee-2027-03-12.quirereview (review page)");
        assertThat(QuireCli.ok("review", "import", folder, file.toString()))
                .contains("Imported 0 comments").contains("1 comment was already in the project");

        String listed = QuireCli.ok("review", "list", folder);
        assertThat(listed).contains("#1  [open]  Theme 'Everyday care': definition").contains("Dr Lee")
                .contains("Too broad?");

        assertThat(QuireCli.ok("review", "reply", folder, "1", "Narrowed", "to", "unpaid", "work"))
                .contains("Replied to #1").contains("answered");
        assertThat(QuireCli.ok("review", "resolve", folder, "1")).contains("Resolved #1");

        JsonNode json = Json.MAPPER.readTree(QuireCli.ok("review", "list", folder, "--json"));
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("status").asText()).isEqualTo("resolved");
        assertThat(json.get(0).get("reviewer").asText()).isEqualTo("Dr Lee");
        assertThat(json.get(0).get("anchor").asText()).isEqualTo("theme-definition:" + theme.guid());
        assertThat(json.get(0).get("replies").get(0).get("text").asText()).isEqualTo("Narrowed to unpaid work");
        assertThat(QuireCli.ok("review", "list", folder, "--status", "open")).contains("No open review comments.");
    }

    @Test
    void aFileOfAnotherProjectIsRefusedNamingIt() throws Exception {
        String folder = QuireCli.newProject(dir);
        Path file = dir.resolve("other.quirereview");
        Files.writeString(file, "{\"format\":\"quire-review\",\"project\":{\"guid\":"
                + "\"0190c5e2-0000-7000-8000-000000000001\",\"title\":\"Allotments\"},\"comments\":[]}");
        QuireCli.Result r = QuireCli.run("review", "import", folder, file.toString());
        assertThat(r.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).contains("other.quirereview").contains("another project ('Allotments')");
    }

    @Test
    void changesSinceTheLastReviewExportAreListedWithTheEditedWordsMarked() throws Exception {
        String folder = QuireCli.newProject(dir);
        try (Project p = Project.open(Path.of(folder), QuireCli.CODER)) {
            p.themes().create("Everyday care", "Small acts that hold the partnership together", null, List.of());
        }
        QuireCli.Result none = QuireCli.run("review", "changes", folder);
        assertThat(none.exitCode()).isNotZero();
        assertThat(none.err()).contains("No review point yet");

        Path report = dir.resolve("report.docx");
        QuireCli.ok("export", folder, "--format", "docx", "--what", "report", "--out", report.toString());
        assertThat(QuireCli.ok("review", "changes", folder)).contains("Changes since the Word report 'report.docx'")
                .contains(": none.");

        QuireCli.ok("theme", "rename", folder, "Everyday care", "Care work");
        try (Project p = Project.open(Path.of(folder), QuireCli.CODER)) {
            org.quire.model.Theme t = p.themes().find("Care work");
            p.themes().define(t.id(), "Small unpaid acts that hold the partnership together");
            p.themes().setStatus(t.id(), org.quire.model.ThemeStatus.REVIEWED, "Seen in every month of notes");
        }
        String text = QuireCli.ok("review", "changes", folder, "--since", "last");
        assertThat(text).contains("Theme 'Care work'")
                .contains("  - Renamed from 'Everyday care' to 'Care work'")
                .contains("  - Status candidate → reviewed: Seen in every month of notes")
                .contains("  - Definition edited")
                .contains("      Small {+unpaid +}acts that hold the partnership together");

        JsonNode json = Json.MAPPER.readTree(QuireCli.ok("review", "changes", folder, "--since",
                java.time.LocalDate.now().toString(), "--json"));
        assertThat(json.get("since").get("fileName").asText()).isEqualTo("report.docx");
        JsonNode theme = json.get("themes").get(0);
        assertThat(theme.get("name").asText()).isEqualTo("Care work");
        assertThat(theme.get("renamedFrom").asText()).isEqualTo("Everyday care");
        assertThat(theme.get("statuses").get(0).get("reason").asText()).isEqualTo("Seen in every month of notes");
        assertThat(theme.get("definition").get(1).get("kind").asText()).isEqualTo("INSERTED");

        QuireCli.Result bad = QuireCli.run("review", "changes", folder, "--since", "2001-02-30");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("'2001-02-30' is not a review point");
    }
}
