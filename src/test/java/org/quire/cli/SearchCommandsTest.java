package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandsTest {
    @TempDir
    Path dir;

    private String project() throws Exception {
        String p = QuireCli.newProject(dir);
        QuireCli.write(dir, "in/notes.txt", "The volunteers met the board.\n\nOne volunteer said the voluntary sector "
                + "was never asked.\n");
        QuireCli.write(dir, "in/minutes.txt", "The board agreed. Volunteering was praised.\n");
        QuireCli.ok("import", p, dir.resolve("in").toString(), "--coder", QuireCli.CODER);
        return p;
    }

    @Test
    void searchListsHitsInContextAndAsJson() throws Exception {
        String p = project();
        String out = QuireCli.ok("search", p, "volunteer", "--coder", QuireCli.CODER);
        assertThat(out).startsWith("3 hits in 2 sources for 'volunteer'");
        assertThat(out).contains("notes ¶1  4:14  The [volunteers] met the board.");
        JsonNode json = Json.MAPPER.readTree(QuireCli.ok("search", p, "volunteer", "--exact", "--json",
                "--coder", QuireCli.CODER));
        assertThat(json.get("totalHits").asInt()).isEqualTo(1);
        assertThat(json.get("hits").get(0).get("hit").asText()).isEqualTo("volunteer");
        assertThat(json.get("hits").get(0).get("span").get("start").asInt()).isEqualTo(35);
    }

    @Test
    void aMalformedSearchIsAUserError() throws Exception {
        String p = project();
        QuireCli.Result r = QuireCli.run("search", p, "board AND", "--coder", QuireCli.CODER);
        assertThat(r.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).startsWith("quire: Cannot parse 'board AND': the query ends too early at position 9");
    }

    @Test
    void searchCanCodeItsHitsAndQueriesFindThem() throws Exception {
        String p = project();
        String coded = QuireCli.ok("search", p, "volunteer", "--code-at", "Volunteering", "--create",
                "--spread", "sentence", "--coder", QuireCli.CODER);
        assertThat(coded).contains("Coded 3 new passages at 'Volunteering' (sentence; 0 already coded)");
        QuireCli.ok("search", p, "board", "--code-at", "Board", "--create", "--coder", QuireCli.CODER);
        String q = QuireCli.ok("query", p, "\"Volunteering\" AND \"Board\"", "--coder", QuireCli.CODER);
        assertThat(q).startsWith("1 passage in 1 source (1 word)");
        QuireCli.ok("query", "save", p, "Board volunteers", "\"Volunteering\" NEAR/PARA \"Board\"",
                "--coder", QuireCli.CODER);
        assertThat(QuireCli.ok("query", "list", p, "--coder", QuireCli.CODER)).contains("Board volunteers");
        JsonNode run = Json.MAPPER.readTree(QuireCli.ok("query", "run", p, "board volunteers", "--json",
                "--coder", QuireCli.CODER));
        assertThat(run.get("passages")).hasSize(3);
    }

    @Test
    void wordsListsTheCommonestWords() throws Exception {
        String p = project();
        String out = QuireCli.ok("words", p, "--top", "2", "--coder", QuireCli.CODER);
        assertThat(out).contains("volunteers").contains("board");
        JsonNode json = Json.MAPPER.readTree(QuireCli.ok("words", p, "--exact", "--stop", "board", "--json",
                "--coder", QuireCli.CODER));
        assertThat(json.get("words").get(0).get("word").asText()).isNotEqualTo("board");
        assertThat(json.get("totalWords").asInt()).isEqualTo(20);
    }
}
