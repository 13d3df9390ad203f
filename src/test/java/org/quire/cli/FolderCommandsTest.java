package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.cli.QuireCli.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderCommandsTest {
    @TempDir
    Path dir;

    @Test
    void foldersAreMadeFilledRenamedAndListedAndSourcesGiveTheirFolderAndFileName() throws Exception {
        String p = QuireCli.newProject(dir);
        Path folder = dir.resolve("data");
        QuireCli.write(folder, "Day 1.txt", "Met the partnership board.");
        QuireCli.write(folder, "Ana.md", "# Ana\n\nTrust came slowly.");
        ok("import", p, folder.toString());

        assertThat(ok("folder", "add", p, "Interviews/Wave 2")).isEqualTo("Made folder 'Interviews/Wave 2'\n");
        assertThat(ok("folder", "put", p, "Ana", "--into", "Interviews/Wave 2"))
                .isEqualTo("Moved 1 source to 'Interviews/Wave 2'\n");
        assertThat(ok("folder", "rename", p, "Interviews/Wave 2", "Round 2"))
                .isEqualTo("Renamed folder 'Interviews/Wave 2' to 'Interviews/Round 2'\n");
        assertThat(ok("folder", "list", p)).isEqualTo("Interviews          0 sources\nInterviews/Round 2  1 source\n");

        JsonNode sources = Json.MAPPER.readTree(ok("sources", p, "--json"));
        assertThat(sources).extracting(s -> s.get("path").asText() + " | " + s.get("folder").asText() + " | "
                + s.get("fileName").asText()).containsExactlyInAnyOrder("Day 1 |  | Day 1.txt",
                "Interviews/Round 2/Ana | Interviews/Round 2 | Ana.md");

        QuireCli.Result refused = QuireCli.run("folder", "delete", p, "Interviews");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.errLines()).containsExactly(
                "quire: Folder 'Interviews' still holds 1 source; move or delete it first");
        ok("folder", "put", p, "Interviews/Round 2/Ana", "--into", "");
        assertThat(ok("folder", "delete", p, "Interviews")).isEqualTo("Deleted folder 'Interviews'\n");
        assertThat(ok("folder", "list", p)).startsWith("No folders");
    }
}
