package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.cli.QuireCli.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeCommandsTest {
    @TempDir
    Path dir;

    private String p;

    @BeforeEach
    void project() throws Exception {
        p = QuireCli.newProject(dir);
        ok("import", p, QuireCli.write(dir, "notes.txt", "Trust was low. Trust grew. Mistrust lingered.").toString());
    }

    @Test
    void addingANestedPathCreatesTheMissingParents() throws Exception {
        ok("node", "add", p, "Partnership/Trust/Early", "--description", "Before the merger", "--color", "#4e79a7");

        JsonNode nodes = Json.MAPPER.readTree(ok("node", "list", p, "--json"));

        assertThat(nodes).extracting(n -> n.get("path").asText())
                .containsExactly("Partnership", "Partnership/Trust", "Partnership/Trust/Early");
        JsonNode early = nodes.get(2);
        assertThat(early.get("depth").asInt()).isEqualTo(2);
        assertThat(early.get("parentId").asLong()).isEqualTo(nodes.get(1).get("id").asLong());
        assertThat(early.get("description").asText()).isEqualTo("Before the merger");
        assertThat(early.get("color").asText()).isEqualTo("#4E79A7");
    }

    @Test
    void addingANodeThatExistsIsRefused() {
        ok("node", "add", p, "Trust");

        QuireCli.Result r = QuireCli.run("node", "add", p, "trust");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("quire: There is already a node 'Trust'");
    }

    @Test
    void mergingIntoADescendantIsRefusedWithExitOneAndChangesNothing() throws Exception {
        ok("node", "add", p, "Trust/Early");
        ok("code", p, "--node", "Trust", "--source", "notes", "--range", "0:5");

        QuireCli.Result r = QuireCli.run("node", "merge", p, "Trust", "--into", "Trust/Early");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly(
                "quire: Cannot merge 'Trust' into 'Trust/Early', which is one of its own descendants");
        assertThat(Json.MAPPER.readTree(ok("node", "list", p, "--json")))
                .extracting(n -> n.get("path").asText() + "=" + n.get("references").asInt())
                .containsExactly("Trust=1", "Trust/Early=0");
    }

    @Test
    void mergingMovesCodingsToTheTargetWithoutDuplicatingAPassageItAlreadyCodes() throws Exception {
        ok("code", p, "--node", "Trust", "--create", "--source", "notes", "--range", "0:5");
        ok("code", p, "--node", "Confidence", "--create", "--source", "notes", "--range", "15:20");
        ok("code", p, "--node", "Reliance", "--create", "--source", "notes", "--range", "0:5");

        String out = ok("node", "merge", p, "Confidence", "Reliance", "--into", "Trust");

        assertThat(out).isEqualTo("Merged 2 nodes into 'Trust' (1 coding moved)\n");
        JsonNode nodes = Json.MAPPER.readTree(ok("node", "list", p, "--json"));
        assertThat(nodes).singleElement().satisfies(n -> assertThat(n.get("references").asInt()).isEqualTo(2));
        assertThat(ok("memo", "show", p, "--node", "Trust")).contains("Merged 'Confidence', 'Reliance' into this node");
    }

    @Test
    void deletingANodePrintsWhatWentWithIt() {
        ok("node", "add", p, "Trust/Early");
        ok("node", "add", p, "Trust/Late");
        ok("code", p, "--node", "Trust/Early", "--source", "notes", "--match", "trust", "--all");

        assertThat(ok("node", "delete", p, "Trust"))
                .isEqualTo("Deleted node 'Trust' with 2 child nodes and 3 codings\n");
        assertThat(ok("node", "list", p)).startsWith("The code book is empty");
    }

    @Test
    void movingANodeUnderAnotherOrToTheTopKeepsItsChildren() throws Exception {
        ok("node", "add", p, "Trust/Early");
        ok("node", "add", p, "Relations");

        assertThat(ok("node", "move", p, "Trust", "--to", "Relations")).isEqualTo("Moved 'Trust' to 'Relations/Trust'\n");
        assertThat(ok("node", "move", p, "Relations/Trust/Early", "--top")).isEqualTo(
                "Moved 'Relations/Trust/Early' to 'Early'\n");
        assertThat(Json.MAPPER.readTree(ok("node", "list", p, "--json"))).extracting(n -> n.get("path").asText())
                .containsExactly("Early", "Relations", "Relations/Trust");
    }

    @Test
    void movingNeedsADestination() {
        ok("node", "add", p, "Trust");

        QuireCli.Result r = QuireCli.run("node", "move", p, "Trust");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("--to", "--top");
    }

    @Test
    void renameDescribeAndRecolorChangeTheNode() throws Exception {
        ok("node", "add", p, "Trust");

        ok("node", "rename", p, "Trust", "Trusting");
        ok("node", "describe", p, "Trusting", "Relying on partners");
        ok("node", "recolor", p, "Trusting", "#e15759");

        JsonNode n = Json.MAPPER.readTree(ok("node", "list", p, "--json")).get(0);
        assertThat(n.get("name").asText()).isEqualTo("Trusting");
        assertThat(n.get("description").asText()).isEqualTo("Relying on partners");
        assertThat(n.get("color").asText()).isEqualTo("#E15759");
    }

    @Test
    void aBadColourIsAUserError() {
        QuireCli.Result r = QuireCli.run("node", "add", p, "Trust", "--color", "red");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("quire: Colour 'red' must be written #RRGGBB, e.g. #4E79A7");
    }
}
