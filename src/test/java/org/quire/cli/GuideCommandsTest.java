package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.cli.QuireCli.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideCommandsTest {
    @TempDir
    Path dir;

    private String p;

    @BeforeEach
    void project() throws Exception {
        p = QuireCli.newProject(dir);
        ok("import", p, QuireCli.write(dir, "notes.txt", "The north star of the partnership.").toString(),
                QuireCli.write(dir, "minutes.txt", "Apologies from the chair.").toString());
        ok("node", "add", p, "Vision");
        ok("code", p, "--node", "Vision", "--source", "notes", "--range", "4:14");
        ok("theme", "add", p, "Shared purpose", "--node", "Vision");
    }

    @Test
    void checksListWhatIsWorthALookAndJsonNamesWhatEachItemOpens() throws Exception {
        String text = ok("guide", "checks", p);

        assertThat(text).contains("Themes with few extracts: 1\n", "  - Shared purpose  (1 extract)",
                "Codes used once: 1\n", "  - Vision  (codes one passage)", "Sources never opened: 2\n",
                "Extracts in several themes: none\n");
        JsonNode json = Json.MAPPER.readTree(ok("guide", "checks", p, "--json"));
        JsonNode unread = null;
        for (JsonNode c : json) {
            if (c.get("check").asText().equals("sources-not-opened")) {
                unread = c;
            }
        }
        assertThat(unread).isNotNull();
        assertThat(unread.get("total").asInt()).isEqualTo(2);
        assertThat(unread.get("items").get(0).get("opens").asText()).isEqualTo("source");
        assertThat(json.get(0).get("items").get(0).get("opens").asText()).isEqualTo("theme");
        // --few 1: one extract is enough.
        assertThat(ok("guide", "checks", p, "--few", "1")).contains("Themes with few extracts: none\n");
        QuireCli.Result bad = QuireCli.run("guide", "checks", p, "--weeks", "0");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("weeks");
    }

    @Test
    void phasesSayWhatEachAsksWhatToDoAndWhereTheSampleShowsIt() throws Exception {
        String text = ok("guide", "phases", p);

        assertThat(text).contains("1. Familiarising yourself with the data", "In Quire: Open the sources not opened yet",
                "6. Producing the report", "Braun, V. & Clarke, V. (2006)", "In the sample: ");
        JsonNode json = Json.MAPPER.readTree(ok("guide", "phases", p, "--json"));
        assertThat(json).hasSize(6);
        assertThat(json.get(2).get("sample").get("name").asText()).isEqualTo("Good neighbours with a map");
        assertThat(json.get(1).get("progress").get(0).get("value").asLong()).isEqualTo(1);
    }
}
