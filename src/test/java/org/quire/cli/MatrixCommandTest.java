package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixCommandTest {
    @TempDir
    Path dir;

    private static String ok(String... args) {
        String[] withCoder = java.util.Arrays.copyOf(args, args.length + 2);
        withCoder[args.length] = "--coder";
        withCoder[args.length + 1] = QuireCli.CODER;
        return QuireCli.ok(withCoder);
    }

    //                       0         1         2         3         4         5
    //                       012345678901234567890123456789012345678901234567890123456789
    // a.txt                "Trust was low at first.\n\nThe voluntary sector felt unheard.\n"
    // b.txt                "Trust grew. The sector was heard.\n"
    private String project() throws Exception {
        String p = QuireCli.newProject(dir);
        QuireCli.write(dir, "in/a.txt", "Trust was low at first.\n\nThe voluntary sector felt unheard.\n");
        QuireCli.write(dir, "in/b.txt", "Trust grew. The sector was heard.\n");
        ok("import", p, dir.resolve("in").toString());
        ok("code", p, "--node", "Trust", "--source", "a", "--range", "0:23", "--create");
        ok("code", p, "--node", "Feelings/Low", "--source", "a", "--range", "10:13", "--create");
        ok("code", p, "--node", "-Sector", "--source", "a", "--range", "29:45", "--create");
        ok("code", p, "--node", "Trust", "--source", "b", "--range", "0:11");
        ok("code", p, "--node", "Feelings/Low", "--source", "b", "--range", "6:22");
        ok("code", p, "--node", "-Sector", "--source", "b", "--range", "16:22");
        ok("attr", "set", p, "a", "setting=urban");
        ok("attr", "set", p, "b", "setting==rural");
        return p;
    }

    @Test
    void matrixPrintsATableOfReferencesWordsOrPercentages() throws Exception {
        String p = project();
        String out = ok("matrix", p, "--rows", "nodes:Trust,-Sector", "--cols", "nodes:Feelings,Trust");
        assertThat(out).isEqualTo("""
                references
                            1. Feelings  2. Trust
                1. Trust              2         2
                2. -Sector            1         0
                """);
        assertThat(ok("matrix", p, "--rows", "nodes:Trust", "--cols", "nodes:Feelings,Trust", "--value", "words"))
                .contains("1. Trust            2         7");
        assertThat(ok("matrix", p, "--rows", "nodes:Trust", "--cols", "nodes:Feelings,Trust", "--value", "words",
                "--percent", "row")).contains("22.2%     77.8%");
    }

    @Test
    void matrixAgainstAnAttributeAsJson() throws Exception {
        String p = project();
        JsonNode json = Json.MAPPER.readTree(ok("matrix", p, "--rows", "nodes:Trust,-Sector", "--cols",
                "attr:setting", "--json"));
        assertThat(json.get("columns").toString()).isEqualTo("[\"=rural\",\"urban\"]");
        assertThat(json.get("values").toString()).isEqualTo("[[1,1],[1,1]]");
        assertThat(json.get("cells").get(0).get(1).get("words").asInt()).isEqualTo(5);
        assertThat(json.get("value").asText()).isEqualTo("references");
    }

    @Test
    void csvIsRfc4180WithFormulaLikeCellsNeutralised() throws Exception {
        String p = project();
        String out = ok("matrix", p, "--rows", "nodes:Trust,-Sector", "--cols", "attr:setting", "--csv",
                "--value", "words");
        assertThat(out).isEqualTo("\"\",'=rural,urban\r\nTrust,2,5\r\n'-Sector,1,2\r\n");
    }

    @Test
    void aCellListsItsPassages() throws Exception {
        String p = project();
        String out = ok("matrix", p, "--rows", "nodes:Trust", "--cols", "nodes:Feelings", "--cell", "1,1");
        assertThat(out).isEqualTo("""
                2 passages in cell 1,1
                a ¶1  10:13  low
                b ¶1  6:11  grew.
                """);
        JsonNode json = Json.MAPPER.readTree(ok("matrix", p, "--rows", "nodes:Trust", "--cols", "nodes:Feelings",
                "--cell", "1,1", "--json"));
        assertThat(json.get(1).get("span").get("start").asInt()).isEqualTo(6);
    }

    @Test
    void aBadRowSpecIsOneClearErrorLine() throws Exception {
        String p = project();
        QuireCli.Result r = QuireCli.run("matrix", p, "--rows", "people", "--cols", "cases", "--coder",
                QuireCli.CODER);
        assertThat(r.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.errLines()).containsExactly("quire: Cannot read 'people' as matrix rows or columns: write "
                + "nodes:PATH,PATH, children:PATH, cases or attr:NAME");
    }
}
