package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.cli.QuireCli.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoAndThemeCommandsTest {
    @TempDir
    Path dir;

    private String p;

    @BeforeEach
    void project() throws Exception {
        p = QuireCli.newProject(dir);
        ok("import", p, QuireCli.write(dir, "notes.txt", "The north star of the partnership.").toString());
        ok("node", "add", p, "Vision");
    }

    @Test
    void journalEntriesAreShownNewestFirstWithDateTimeAndCoder() throws Exception {
        ok("memo", "add", p, "--journal", "--coder", "Ana", "Started", "coding", "today.");
        ok("memo", "add", p, "--journal", "--coder", "Ben", "Second thoughts.");

        assertThat(ok("memo", "show", p, "--journal")).matches(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Ben\n    Second thoughts.\n"
                        + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Ana\n    Started coding today.\n");
        JsonNode json = Json.MAPPER.readTree(ok("memo", "show", p, "--journal", "--json"));
        assertThat(json).extracting(e -> e.get("coder").asText()).containsExactly("Ben", "Ana");
        assertThat(json.get(0).get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(json.get(0).get("id").isIntegralNumber()).isTrue();
    }

    @Test
    void memosOfASourceAndOfAThemeAreKeptApart() {
        ok("theme", "add", p, "Shared purpose");
        ok("memo", "add", p, "--source", "notes", "Typed up the same evening.");
        ok("memo", "add", p, "--theme", "Shared purpose", "Candidate after the first pass.");

        assertThat(ok("memo", "show", p, "--source", "notes")).contains("Typed up").doesNotContain("Candidate");
        assertThat(ok("memo", "show", p, "--theme", "Shared purpose")).contains("Candidate").doesNotContain("Typed");
        assertThat(ok("memo", "show", p, "--node", "Vision")).isEqualTo("No memo entries for node 'Vision'.\n");
    }

    @Test
    void aMemoNeedsExactlyOneTarget() {
        QuireCli.Result none = QuireCli.run("memo", "add", p, "Floating thought");
        QuireCli.Result two = QuireCli.run("memo", "add", p, "--journal", "--node", "Vision", "Thought");

        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.errLines()).singleElement().asString().contains("Missing required argument");
        assertThat(two.exitCode()).isEqualTo(1);
        assertThat(two.errLines()).singleElement().asString().contains("mutually exclusive");
    }

    @Test
    void themesListWithStatusDefinitionNodesAndSubThemes() throws Exception {
        ok("node", "add", p, "Partnership/Trust");
        ok("theme", "add", p, "Shared purpose", "--definition", "Partners pulling one way", "--node", "Vision",
                "--node", "Partnership/Trust");
        ok("theme", "add", p, "North star", "--parent", "Shared purpose");

        assertThat(ok("theme", "list", p)).isEqualTo("""
                Shared purpose  [candidate]
                    Partners pulling one way
                    node: Partnership/Trust
                    node: Vision
                  North star  [candidate]
                """);
        JsonNode json = Json.MAPPER.readTree(ok("theme", "list", p, "--json"));
        assertThat(json.get(1).get("parent").asText()).isEqualTo("Shared purpose");
        assertThat(json.get(1).get("parentId").asLong()).isEqualTo(json.get(0).get("id").asLong());
        assertThat(json.get(0).get("status").asText()).isEqualTo("candidate");
        assertThat(json.get(0).get("nodes")).extracting(JsonNode::asText)
                .containsExactly("Partnership/Trust", "Vision");
    }

    @Test
    void auditCanBeNarrowedToANodeAndLimited() throws Exception {
        ok("node", "add", p, "Other");
        ok("code", p, "--node", "Vision", "--source", "notes", "--range", "4:14");
        ok("annotate", p, "--source", "notes", "--range", "0:3", "Odd", "opening");

        assertThat(ok("audit", p, "--node", "Vision")).contains("Coded 'north star' in 'notes' at 'Vision'",
                "Created node 'Vision'").doesNotContain("Other", "Annotated");
        JsonNode latest = Json.MAPPER.readTree(ok("audit", p, "--limit", "1", "--json"));
        assertThat(latest).singleElement().satisfies(e -> {
            assertThat(e.get("action").asText()).isEqualTo("annotation.add");
            assertThat(e.get("summary").asText()).isEqualTo("Annotated 0:3 of 'notes'");
            assertThat(e.get("coder").asText()).isEqualTo(System.getProperty("user.name"));
        });
    }
}
