package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.cli.QuireCli.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeMethodCommandsTest {
    @TempDir
    Path dir;

    private String p;

    @BeforeEach
    void project() throws Exception {
        p = QuireCli.newProject(dir);
        ok("import", p, QuireCli.write(dir, "notes.txt", "The north star of the partnership.").toString(),
                QuireCli.write(dir, "minutes.txt", "Apologies from the chair.").toString());
        ok("node", "add", p, "Vision");
        ok("node", "add", p, "Partnership/Trust");
        ok("code", p, "--node", "Vision", "--source", "notes", "--range", "4:14");
        ok("theme", "add", p, "Shared purpose", "--node", "Vision", "--coder", QuireCli.CODER);
    }

    @Test
    void statusNeedsAReasonAndTheHistoryShowsItWithTheCoder() throws Exception {
        QuireCli.Result missing = QuireCli.run("theme", "status", p, "Shared purpose", "reviewed");
        ok("theme", "status", p, "Shared purpose", "reviewed", "--reason", "checked against the minutes",
                "--coder", "Ben");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("--reason");
        assertThat(ok("theme", "history", p, "Shared purpose", "--status-only")).matches(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Ana Researcher  created as candidate\n"
                        + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Ben  candidate → reviewed: checked against the minutes\n");
        JsonNode json = Json.MAPPER.readTree(ok("theme", "history", p, "Shared purpose", "--status-only", "--json"));
        assertThat(json.get(1).get("from").asText()).isEqualTo("candidate");
        assertThat(json.get(1).get("to").asText()).isEqualTo("reviewed");
        assertThat(json.get(1).get("reason").asText()).isEqualTo("checked against the minutes");
        assertThat(QuireCli.run("theme", "status", p, "Shared purpose", "done", "--reason", "x").err())
                .contains("Unknown status 'done'");
    }

    @Test
    void addingNodesWithOneMistypedPathChangesNothingAndNamesThePath() throws Exception {
        QuireCli.Result r = QuireCli.run("theme", "node-add", p, "Shared purpose", "Partnership/Trust", "Partnership/Trusst",
                "--coder", QuireCli.CODER);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("Partnership/Trusst");
        assertThat(ok("theme", "show", p, "Shared purpose")).doesNotContain("Partnership/Trust");
    }

    @Test
    void defineScopeNarrativeAndNodesShowInTheThemesPage() throws Exception {
        Path narrative = QuireCli.write(dir, "n.md", "# Pulling together\n\nThe **north star** recurs.\n");
        ok("theme", "define", p, "Shared purpose", "Partners", "pulling", "one", "way");
        ok("theme", "scope", p, "Shared purpose", "--in", "common goals", "--out", "contracts");
        assertThat(ok("theme", "narrative", p, "Shared purpose", "--file", narrative.toString()))
                .isEqualTo("Set the narrative of theme 'Shared purpose' (6 words)\n");
        ok("theme", "node-add", p, "Shared purpose", "Partnership/Trust");
        ok("theme", "add", p, "North star", "--parent", "Shared purpose");

        String shown = ok("theme", "show", p, "Shared purpose");
        assertThat(shown).contains("Definition:\n    Partners pulling one way\n")
                .contains("In scope:\n    common goals\n").contains("Out of scope:\n    contracts\n")
                .contains("    # Pulling together").contains("Sub-themes:\n    North star\n")
                .contains("Nodes:\n    Partnership/Trust\n    Vision\n");
        JsonNode json = Json.MAPPER.readTree(ok("theme", "show", p, "Shared purpose", "--json"));
        assertThat(json.get("scopeOut").asText()).isEqualTo("contracts");
        assertThat(json.get("subThemes").get(0).asText()).isEqualTo("North star");

        ok("theme", "node-remove", p, "Shared purpose", "Vision");
        ok("theme", "rename", p, "Shared purpose", "Common purpose");
        assertThat(ok("theme", "delete", p, "Common purpose"))
                .isEqualTo("Deleted theme 'Common purpose'; its 1 sub-theme moved up\n");
        assertThat(ok("theme", "list", p)).isEqualTo("North star  [candidate]\n");
    }

    @Test
    void theMapLinksMovesAndExports() throws Exception {
        ok("theme", "add", p, "Funding conflict");
        assertThat(ok("theme", "link", p, "Funding conflict", "Shared purpose", "--as", "contradicts"))
                .isEqualTo("Linked 'Funding conflict' contradicts 'Shared purpose'\n");
        ok("theme", "link", p, "node:Vision", "Funding conflict", "--as", "eases");
        ok("theme", "map", p, "--move", "Shared purpose", "--at", "400,250");

        JsonNode map = Json.MAPPER.readTree(ok("theme", "map", p, "--json"));
        JsonNode purpose = null;
        for (JsonNode b : map.get("boxes")) {
            if (b.get("label").asText().equals("Shared purpose")) {
                purpose = b;
            }
        }
        assertThat(purpose.get("x").asDouble()).isEqualTo(400);
        assertThat(purpose.get("placed").asBoolean()).isTrue();
        assertThat(map.get("links")).hasSize(2);
        assertThat(map.get("links").get(0).get("label").asText()).isEqualTo("contradicts");

        Path svg = dir.resolve("map.svg");
        Path png = dir.resolve("map.png");
        ok("theme", "map", p, "--svg", svg.toString(), "--png", png.toString());
        assertThat(Files.readString(svg)).contains("<svg").contains("contradicts");
        assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

        ok("theme", "unlink", p, "Funding conflict", "Shared purpose");
        assertThat(Json.MAPPER.readTree(ok("theme", "map", p, "--json")).get("links")).hasSize(1);
        assertThat(QuireCli.run("theme", "map", p, "--move", "Shared purpose", "--at", "x").err())
                .contains("Position 'x' is not X,Y");
    }

    @Test
    void coverageListsEverySourceWithItsShareCodedAndTheUncodedOnes() throws Exception {
        String text = ok("coverage", p, "--sources");
        assertThat(text).isEqualTo("""
                SOURCE   CODED  CODINGS  NODES
                minutes     0%        0      0
                notes      29%        1      1
                1 source has no coding.
                """);
        JsonNode json = Json.MAPPER.readTree(ok("coverage", p, "--json"));
        assertThat(json.get("sources").get(1).get("codedChars").asLong()).isEqualTo(10);
        assertThat(json.get("nodes")).extracting(n -> n.get("path").asText())
                .containsExactly("Partnership", "Partnership/Trust", "Vision");
        assertThat(json.get("nodes").get(2).get("words").asLong()).isEqualTo(2);
    }

    @Test
    void checklistAnswersAreRecordedAndShownBesideTheEvidence() throws Exception {
        ok("checklist", p, "--answer", "2", "--status", "partly", "--text", "Minutes still to code.", "--coder",
                QuireCli.CODER);

        String shown = ok("checklist", p);
        assertThat(shown).contains("CODING\n 2. [partly] Every data item")
                .contains("      > Minutes still to code.\n")
                .contains("evidence: 1 of 2 sources have coding").contains("        - uncoded: minutes");
        JsonNode json = Json.MAPPER.readTree(ok("checklist", p, "--json"));
        assertThat(json).hasSize(15);
        assertThat(json.get(1).get("answer").get("coder").asText()).isEqualTo("Ana Researcher");
        assertThat(json.get(0).get("answer").isNull()).isTrue();
        assertThat(QuireCli.run("checklist", p, "--answer", "2").err()).contains("needs --status");
        assertThat(QuireCli.run("checklist", p, "--answer", "0", "--status", "done").err())
                .contains("no checklist point 0");
    }

    @Test
    void phasesShowWhatTheProjectHasForEachPhase() throws Exception {
        ok("show", p, "notes");
        ok("query", p, "\"Vision\"");

        String text = ok("phases", p);
        assertThat(text).contains("1. Familiarisation").contains("     sources opened: 1 of 2")
                .contains("     sources with coding: 1 of 2").contains("     candidate themes: 1 of 1")
                .contains("     queries run: 1").contains("6. Producing the report  (nothing yet)");
        JsonNode json = Json.MAPPER.readTree(ok("phases", p, "--json"));
        assertThat(json).hasSize(6);
        assertThat(json.get(3).get("started").asBoolean()).isTrue();
    }
}
