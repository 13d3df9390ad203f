package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.cli.QuireCli.CODER;
import static org.quire.cli.QuireCli.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A researcher's first session, command by command, checked at each step. */
class EndToEndTest {
    // "e" + COMBINING ACUTE composes to "é" on import (NFC); "q" + COMBINING DOT ABOVE has no
    // composed form and stays two code units; the scientist emoji is a ZWJ sequence of 5 units.
    private static final String CAFE_RAW = "Cafe\u0301 meeting with the \uD83D\uDC69\u200D\uD83D\uDD2C team, "
            + "q\u0307 trust?\n";
    private static final String CAFE = Normalizer.normalize(CAFE_RAW, Normalizer.Form.NFC);
    private static final String SCIENTIST = "\uD83D\uDC69\u200D\uD83D\uDD2C";
    private static final String NOTES = "The north star of the partnership.\n\nTrust was low at first. Later, trust grew.\n";

    @TempDir
    Path dir;

    @Test
    void aFirstSessionFromInitToAuditWorksThroughTheCommandLine() throws Exception {
        String p = QuireCli.newProject(dir);
        Path notes = QuireCli.write(dir, "in/notes.txt", NOTES);
        Path cafe = QuireCli.write(dir, "in/cafe.txt", CAFE_RAW);

        String imported = ok("import", p, notes.toString(), cafe.toString(), "--attr", "data type=field note");
        assertThat(imported).contains("imported   " + notes + " -> 'notes'", "imported   " + cafe + " -> 'cafe'",
                "2 files imported, 0 duplicate, 0 failed");
        assertThat(ok("attr", "list", p, "cafe")).contains("data type  field note");
        assertThat(ok("show", p, "cafe", "--range", "0:4")).isEqualTo("Café\n");

        assertThat(ok("node", "add", p, "Partnership/Trust", "--description", "Confidence between partners"))
                .isEqualTo("Created node 'Partnership/Trust'\n");
        ok("node", "add", p, "Vision/North star");

        assertThat(ok("code", p, "--node", "Vision/North star", "--source", "notes", "--range", "4:14"))
                .isEqualTo("Coded 4:14 in 'notes' at 'Vision/North star'\n");
        assertThat(ok("code", p, "--node", "Partnership/Trust", "--source", "notes", "--match", "trust", "--all"))
                .startsWith("Coded 2 new passages");
        ok("code", p, "--node", "Partnership/Trust", "--source", "cafe", "--match", "TRUST");
        ok("code", p, "--node", "Partnership", "--source", "cafe", "--whole");
        assertThat(ok("code", p, "--node", "People/Scientists", "--create", "--source", "cafe", "--match", SCIENTIST))
                .startsWith("Coded 1 new passage in 'cafe' at 'People/Scientists'");

        List<String> tree = ok("node", "list", p).lines().toList();
        assertThat(tree.get(0)).matches("NODE\\s+REFS\\s+\\(ALL\\)\\s+SOURCES\\s+\\(ALL\\)");
        assertThat(tree.subList(1, tree.size())).satisfiesExactly(
                l -> assertThat(l).matches("Partnership\\s+1\\s+4\\s+1\\s+2"),
                l -> assertThat(l).matches("  Trust\\s+3\\s+3\\s+2\\s+2"),
                l -> assertThat(l).matches("People\\s+0\\s+1\\s+0\\s+1"),
                l -> assertThat(l).matches("  Scientists\\s+1\\s+1\\s+1\\s+1"),
                l -> assertThat(l).matches("Vision\\s+0\\s+1\\s+0\\s+1"),
                l -> assertThat(l).matches("  North star\\s+1\\s+1\\s+1\\s+1"));

        JsonNode cafePassages = Json.MAPPER.readTree(ok("codings", p, "--source", "cafe", "--json"));
        assertThat(cafePassages).hasSize(3);
        int emojiAt = CAFE.indexOf(SCIENTIST);
        JsonNode emoji = find(cafePassages, "node", "People/Scientists");
        assertThat(emoji.get("text").asText()).isEqualTo(SCIENTIST);
        assertThat(emoji.get("span").get("start").asInt()).isEqualTo(emojiAt);
        assertThat(emoji.get("span").get("end").asInt()).isEqualTo(emojiAt + SCIENTIST.length());
        assertThat(emoji.get("paragraph").asInt()).isEqualTo(1);
        assertThat(emoji.get("page").isNull()).isTrue();
        assertThat(find(cafePassages, "node", "Partnership").get("text").asText()).isEqualTo(CAFE);
        assertThat(ok("show", p, "cafe", "--range", emojiAt + ":" + (emojiAt + SCIENTIST.length())))
                .isEqualTo(SCIENTIST + "\n");

        JsonNode trust = Json.MAPPER.readTree(ok("codings", p, "--node", "Partnership", "--descendants", "--json"));
        assertThat(texts(trust)).containsExactly("Café meeting with the " + SCIENTIST + " team, q\u0307 trust?\n",
                "trust", "Trust", "trust");
        assertThat(find(trust, "source", "notes").get("paragraph").asInt()).isEqualTo(2);
        assertThat(trust.get(0).get("codedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        ok("memo", "add", p, "--node", "Partnership/Trust", "Confidence between partners.", "--coder", CODER);
        ok("memo", "add", p, "--node", "Partnership/Trust", "--coder", "Ben", "Narrowed to organisations.");
        List<String> memo = ok("memo", "show", p, "--node", "Partnership/Trust").lines().toList();
        assertThat(memo).hasSize(4);
        assertThat(memo.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Ben");
        assertThat(memo.get(1)).isEqualTo("    Narrowed to organisations.");
        assertThat(memo.get(2)).endsWith("  " + CODER);
        JsonNode memoJson = Json.MAPPER.readTree(ok("memo", "show", p, "--node", "Partnership/Trust", "--json"));
        assertThat(memoJson.get(0).get("coder").asText()).isEqualTo("Ben");
        assertThat(memoJson.get(1).get("text").asText()).isEqualTo("Confidence between partners.");

        ok("theme", "add", p, "Building trust", "--definition", "How partners come to rely on each other",
                "--node", "Partnership/Trust", "--coder", CODER);
        assertThat(ok("theme", "list", p)).contains("Building trust  [candidate]", "node: Partnership/Trust");

        String audit = ok("audit", p, "--limit", "100");
        assertThat(audit).contains("Created node 'Partnership/Trust'", "Created node 'People/Scientists'",
                "Coded 'north star' in 'notes' at 'Vision/North star'", "Added an entry to Memo: Trust",
                "Created candidate theme 'Building trust'", "  " + CODER + "  ", "  Ben  ");
        assertThat(audit.lines().findFirst().orElseThrow()).endsWith("Added node 'Partnership/Trust' to theme "
                + "'Building trust'");
        JsonNode themeAudit = Json.MAPPER.readTree(ok("audit", p, "--theme", "Building trust", "--json"));
        assertThat(themeAudit).extracting(e -> e.get("action").asText())
                .containsExactly("theme.node.add", "theme.create");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("text").asText()));
        return out;
    }
}
