package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.cli.QuireCli.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodingCommandsTest {
    @TempDir
    Path dir;

    private String p;

    @BeforeEach
    void project() throws Exception {
        p = QuireCli.newProject(dir);
        // offsets:        0         1         2         3
        //                 0123456789012345678901234567890123456
        String text = "Trust was low at first. Trust grew.";
        ok("import", p, QuireCli.write(dir, "notes.txt", text).toString());
        ok("node", "add", p, "Trust");
        ok("node", "add", p, "Change");
    }

    @Test
    void uncodeWithANodeRemovesCodingAtThatNodeOnly() throws Exception {
        ok("code", p, "--node", "Trust", "--source", "notes", "--range", "0:13");
        ok("code", p, "--node", "Change", "--source", "notes", "--range", "0:13");

        assertThat(ok("uncode", p, "--source", "notes", "--range", "0:13", "--node", "Trust"))
                .isEqualTo("Uncoded 0:13 of 'notes' at 'Trust' (1 coding removed or trimmed)\n");

        assertThat(spans("--source", "notes")).containsExactly("Change 0:13");
    }

    @Test
    void uncodeWithoutANodeRemovesCodingAtEveryNode() throws Exception {
        ok("code", p, "--node", "Trust", "--source", "notes", "--range", "0:13");
        ok("code", p, "--node", "Change", "--source", "notes", "--range", "24:35");

        assertThat(ok("uncode", p, "--source", "notes", "--range", "0:35")).contains("2 codings removed or trimmed");

        assertThat(spans("--source", "notes")).isEmpty();
    }

    @Test
    void uncodingTheMiddleOfAPassageLeavesBothEnds() throws Exception {
        ok("code", p, "--node", "Trust", "--source", "notes", "--whole");

        ok("uncode", p, "--source", "notes", "--range", "5:24");

        assertThat(spans("--node", "Trust")).containsExactly("Trust 0:5", "Trust 24:35");
    }

    @Test
    void uncodingWhereNothingIsCodedSaysSoAndSucceeds() {
        assertThat(ok("uncode", p, "--source", "notes", "--range", "0:5")).isEqualTo("Nothing was coded in 0:5 of 'notes'\n");
    }

    @Test
    void matchCodesTheFirstOccurrenceUnlessAllIsGiven() throws Exception {
        ok("code", p, "--node", "Trust", "--source", "notes", "--match", "trust");
        assertThat(spans("--node", "Trust")).containsExactly("Trust 0:5");

        assertThat(ok("code", p, "--node", "Trust", "--source", "notes", "--match", "trust", "--all"))
                .startsWith("Coded 1 new passage ");
        assertThat(spans("--node", "Trust")).containsExactly("Trust 0:5", "Trust 24:29");
    }

    @Test
    void allWithoutMatchIsRefused() {
        QuireCli.Result r = QuireCli.run("code", p, "--node", "Trust", "--source", "notes", "--whole", "--all");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("quire: --all goes with --match: it codes every occurrence of the text");
    }

    @Test
    void codingTheSamePassageTwiceIsRefused() {
        ok("code", p, "--node", "Trust", "--source", "notes", "--range", "0:5");

        QuireCli.Result r = QuireCli.run("code", p, "--node", "Trust", "--source", "notes", "--range", "0:5");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("quire: 'Trust' in 'notes' is already coded at 'Trust'");
    }

    @Test
    void codingsOfANodePrintSourceRangeParagraphAndText() {
        ok("code", p, "--node", "Trust", "--source", "notes", "--range", "24:35");

        assertThat(ok("codings", p, "--node", "Trust")).isEqualTo("notes  24:35  paragraph 1  Trust\n    Trust grew.\n");
    }

    @Test
    void descendantsAreIncludedOnlyWhenAskedFor() throws Exception {
        ok("code", p, "--node", "Trust/Early", "--create", "--source", "notes", "--range", "0:5");

        assertThat(spans("--node", "Trust")).isEmpty();
        assertThat(spans("--node", "Trust", "--descendants")).containsExactly("Trust/Early 0:5");
    }

    private List<String> spans(String... selection) throws Exception {
        List<String> args = new ArrayList<>(List.of("codings", p, "--json"));
        args.addAll(List.of(selection));
        List<String> out = new ArrayList<>();
        for (JsonNode n : Json.MAPPER.readTree(ok(args.toArray(String[]::new)))) {
            out.add(n.get("node").asText() + " " + n.get("span").get("start").asInt() + ":" + n.get("span").get("end").asInt());
        }
        return out;
    }
}
