package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that bring data in beyond plain files: the sample, surveys, attribute sheets, speakers. */
class ImportFeaturesCommandsTest {
    @TempDir
    Path dir;

    @Test
    void theSampleProjectIsBuiltAndAnswersQuestions() throws Exception {
        String project = dir.resolve("Sample.quire").toString();
        assertThat(QuireCli.ok("sample", project)).contains("Built the sample project").contains("11 sources");
        JsonNode sources = new ObjectMapper().readTree(QuireCli.ok("sources", project, "--json"));
        assertThat(sources).hasSize(11);
        assertThat(sources.findValuesAsText("format")).contains("txt", "docx", "pdf", "html");
        assertThat(QuireCli.ok("node", "list", project)).contains("North star");
        JsonNode passages = new ObjectMapper().readTree(QuireCli.ok("codings", project, "--node",
                "Partnership working/Shared vision/North star", "--json"));
        assertThat(passages.size()).isGreaterThanOrEqualTo(5);
        assertThat(passages.get(0).get("coder").asText()).isEqualTo("Imogen Tarrant");
    }

    @Test
    void speakersAreListedAndCodedToCases() throws Exception {
        String project = QuireCli.newProject(dir);
        QuireCli.write(dir, "in/ruth.txt", "INTERVIEWER: Hello.\n\nRESPONDENT: Hi there.\n\nINTERVIEWER: Why?\n\n"
                + "RESPONDENT: Because.\n");
        QuireCli.ok("import", project, dir.resolve("in").toString(), "--coder", QuireCli.CODER);
        assertThat(QuireCli.ok("speakers", project, "ruth")).contains("Interviewer: 2 turns", "Respondent: 2 turns");
        assertThat(QuireCli.ok("speakers", project, "ruth", "--code", "--as", "Respondent=Ruth", "--skip", "Interviewer"))
                .contains("case 'Ruth': 2 turns");
        assertThat(QuireCli.ok("case", "list", project)).contains("Ruth");
    }

    @Test
    void aSurveyAndAnAttributeSheetImport() throws Exception {
        String project = QuireCli.newProject(dir);
        Path survey = QuireCli.write(dir, "survey.csv", "id,sector,Why do you volunteer?\nR1,public,To help\nR2,voluntary,Friends\n");
        assertThat(QuireCli.ok("import-survey", project, survey.toString(), "--id", "id", "--text", "Why do you volunteer?",
                "--attr-col", "sector")).contains("Imported 2 respondents", "2 answers coded under 'survey'", "2 new cases");
        Path sheet = QuireCli.write(dir, "attrs.csv", "source,setting\nR1,Library\n");
        assertThat(QuireCli.ok("attr", "import", project, sheet.toString())).contains("Set 1 attribute value");
        assertThat(QuireCli.ok("attr", "list", project, "R1")).contains("Library");
        QuireCli.Result bad = QuireCli.run("attr", "import", project, QuireCli.write(dir, "bad.csv",
                "source,setting\nnobody,Park\n").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.errLines()).containsExactly("quire: bad.csv, row 2: No source named 'nobody' in this project");
    }

    @Test
    void importCanTakeTheDataTypeFromTheFolder() throws Exception {
        String project = QuireCli.newProject(dir);
        QuireCli.write(dir, "data/Interviews/a.txt", "Some words.");
        QuireCli.ok("import", project, dir.resolve("data").toString(), "--data-type-from-folder");
        assertThat(QuireCli.ok("attr", "list", project, "a")).contains("data type").contains("Interviews");
    }
}
