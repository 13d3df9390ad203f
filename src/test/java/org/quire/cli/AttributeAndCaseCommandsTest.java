package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.cli.QuireCli.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributeAndCaseCommandsTest {
    @TempDir
    Path dir;

    private String p;

    @BeforeEach
    void project() throws Exception {
        p = QuireCli.newProject(dir);
        ok("import", p, QuireCli.write(dir, "minutes.txt", "Board minutes, March.").toString());
    }

    @Test
    void typedAttributesAreCheckedAndStoredInCanonicalForm() throws Exception {
        ok("attr", "define", p, "date", "--type", "date");
        ok("attr", "define", p, "data type", "--type", "choice", "--choices", "field note,minutes,interview");

        ok("attr", "set", p, "minutes", "date=2017-03-09", "data type=MINUTES", "setting=Town hall");

        assertThat(ok("attr", "list", p, "minutes")).isEqualTo("""
                data type  minutes
                date       2017-03-09
                setting    Town hall
                """);
        JsonNode json = Json.MAPPER.readTree(ok("attr", "list", p, "minutes", "--json"));
        assertThat(json).extracting(a -> a.get("type").asText()).containsExactly("choice", "date", "text");
    }

    @Test
    void aValueThatDoesNotFitItsTypeIsAUserError() {
        ok("attr", "define", p, "date", "--type", "DATE");

        QuireCli.Result r = QuireCli.run("attr", "set", p, "minutes", "date=last spring");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly(
                "quire: Value 'last spring' of attribute 'date' is not a date written yyyy-mm-dd, e.g. 2017-09-14");
    }

    @Test
    void anArgumentWithoutEqualsSaysHowToWriteIt() {
        QuireCli.Result r = QuireCli.run("attr", "set", p, "minutes", "date");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("'date' must be written key=value");
    }

    @Test
    void choicesOnlyGoWithAChoiceAttribute() {
        QuireCli.Result r = QuireCli.run("attr", "define", p, "size", "--type", "number", "--choices", "1,2");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("quire: --choices goes with --type choice");
    }

    @Test
    void casesAreLinkedToSourcesOrRangesAndCarryAttributes() throws Exception {
        ok("attr", "define", p, "sector", "--type", "choice", "--choices", "public,voluntary", "--case");
        ok("case", "add", p, "City council", "--description", "The local authority");
        ok("case", "add", p, "Food bank");
        ok("case", "link", p, "City council", "--source", "minutes");
        ok("case", "link", p, "Food bank", "--source", "minutes", "--range", "0:5");
        ok("case", "attr", p, "City council", "sector=Public");

        assertThat(ok("case", "list", p)).isEqualTo("""
                City council  — The local authority
                    sector = public
                    linked to 'minutes'
                Food bank
                    linked to 0:5 of 'minutes'
                """);
        JsonNode json = Json.MAPPER.readTree(ok("case", "list", p, "--json"));
        assertThat(json.get(0).get("attributes").get("sector").asText()).isEqualTo("public");
        assertThat(json.get(0).get("links").get(0).get("span").isNull()).isTrue();
        assertThat(json.get(1).get("links").get(0).get("span").get("end").asInt()).isEqualTo(5);
        assertThat(json.get(1).get("links").get(0).get("source").asText()).isEqualTo("minutes");
    }

    @Test
    void linkingACaseTwiceIsRefused() {
        ok("case", "add", p, "Food bank");
        ok("case", "link", p, "Food bank", "--source", "minutes");

        QuireCli.Result r = QuireCli.run("case", "link", p, "Food bank", "--source", "minutes");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("quire: Case 'Food bank' is already linked to 'minutes'");
    }
}
