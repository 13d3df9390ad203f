package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.cli.QuireCli.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWithABadFileReportsItFailedImportsTheRestAndExitsOne() throws Exception {
        String p = QuireCli.newProject(dir);
        Path folder = dir.resolve("data");
        QuireCli.write(folder, "day1.txt", "Met the partnership board.");
        QuireCli.write(folder, "interviews/ana.md", "# Ana\n\nTrust came slowly.");
        Path picture = folder.resolve("photo.png");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});

        QuireCli.Result r = QuireCli.run("import", p, folder.toString(), "--folder", "Fieldwork");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("imported   " + folder.resolve("day1.txt") + " -> 'Fieldwork/day1'",
                "failed     " + picture + ": unsupported file type '.png'",
                "2 files imported, 0 duplicate, 1 failed");
        assertThat(r.errLines()).containsExactly("quire: 1 of 3 files could not be imported");
        assertThat(Json.MAPPER.readTree(ok("sources", p, "--json"))).extracting(s -> s.get("path").asText())
                .containsExactlyInAnyOrder("Fieldwork/day1", "Fieldwork/interviews/ana");
    }

    @Test
    void aFileAlreadyImportedIsReportedAsADuplicateAndIsNotAnError() throws Exception {
        String p = QuireCli.newProject(dir);
        Path file = QuireCli.write(dir, "day1.txt", "Met the partnership board.");
        Path copy = QuireCli.write(dir, "copy/day1.txt", "Met the partnership board.");
        ok("import", p, file.toString());

        QuireCli.Result r = QuireCli.run("import", p, copy.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("duplicate  " + copy + ": already imported as 'day1' (same content)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void attributesGivenOnImportAreSetOnEverySource() throws Exception {
        String p = QuireCli.newProject(dir);
        Path a = QuireCli.write(dir, "a.txt", "First.");
        Path b = QuireCli.write(dir, "b.txt", "Second.");

        ok("import", p, a.toString(), b.toString(), "--attr", "data type=field note", "--attr", "setting=clinic");

        JsonNode attrs = Json.MAPPER.readTree(ok("attr", "list", p, "b", "--json"));
        assertThat(attrs).extracting(x -> x.get("name").asText() + "=" + x.get("value").asText() + ":"
                + x.get("type").asText()).containsExactly("data type=field note:text", "setting=clinic:text");
    }

    @Test
    void atATerminalAProgressBarIsDrawnOnStderrAndClearedAtTheEnd() throws Exception {
        String p = QuireCli.newProject(dir);
        Path a = QuireCli.write(dir, "a.txt", "First.");
        Path b = QuireCli.write(dir, "b.txt", "Second.");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();

        int code = new Cli(new java.io.PrintWriter(out), new java.io.PrintWriter(err), true)
                .run("import", p, a.toString(), b.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("imported   " + a, "imported   " + b);
        assertThat(err.toString()).contains("\r[" + "#".repeat(15) + " ".repeat(15) + "] 1/2", "] 2/2")
                .endsWith("\r").doesNotContain("\n");
    }

    @Test
    void importJsonListsEveryFileWithItsStatus() throws Exception {
        String p = QuireCli.newProject(dir);
        Path good = QuireCli.write(dir, "good.txt", "Fine.");
        Path empty = QuireCli.write(dir, "empty.txt", "");

        QuireCli.Result r = QuireCli.run("import", p, good.toString(), empty.toString(), "--json");

        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode rows = Json.MAPPER.readTree(r.out());
        assertThat(rows.get(0).get("status").asText()).isEqualTo("imported");
        assertThat(rows.get(0).get("source").asText()).isEqualTo("good");
        assertThat(rows.get(1).get("status").asText()).isEqualTo("failed");
        assertThat(rows.get(1).get("sourceId").isNull()).isTrue();
        assertThat(rows.get(1).get("message").asText()).contains("the file is empty");
    }
}
