package org.quire.service.sources;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.AttributeScope;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.service.Project;
import org.quire.service.TestProjects;
import org.quire.service.coding.CodedPassage;
import org.quire.service.search.IndexProgress;
import org.quire.service.search.SearchOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableImportServiceTest {
    @TempDir
    Path dir;

    @Test
    void eachRespondentBecomesASourceWithAnswersCodedByQuestionAndACaseWithAttributes() throws Exception {
        Path csv = dir.resolve("Volunteer survey.csv");
        Files.writeString(csv, "id;age group;What keeps you volunteering?;What would you change?\n"
                + "R1;18-30;\"The people.\nAnd the tea.\";Less paperwork\n"
                + "R2;60+;;\n"
                + "R3;31-59;Feeling useful;\n", StandardCharsets.UTF_8);
        try (Project p = TestProjects.create(dir)) {
            var result = p.tables().importSurvey(csv, new TableImportService.SurveyMapping("id",
                    List.of("What keeps you volunteering?", "What would you change?"), List.of("age group"), null));

            assertThat(result.sources()).extracting(Source::path)
                    .containsExactly("Volunteer survey/R1", "Volunteer survey/R3");
            Source r1 = p.sources().find("R1");
            assertThat(p.sources().text(r1.id()).text()).isEqualTo(
                    "What keeps you volunteering?\n\nThe people.\nAnd the tea.\n\nWhat would you change?\n\nLess paperwork");
            var keeps = p.nodes().find("Volunteer survey/What keeps you volunteering?");
            assertThat(p.codings().passages(keeps.id(), false)).extracting(CodedPassage::text)
                    .containsExactly("The people.\nAnd the tea.", "Feeling useful");
            assertThat(result.codings()).isEqualTo(3);
            assertThat(p.attributes().caseValues(p.cases().find("R1"))).containsEntry("age group", "18-30");
            assertThat(p.cases().links(p.cases().find("R3").id())).singleElement()
                    .satisfies(l -> assertThat(l.sourceId()).isEqualTo(p.sources().find("R3").id()));
            assertThatThrownBy(() -> p.tables().importSurvey(csv, new TableImportService.SurveyMapping("id",
                    List.of("What would you change?"), List.of(), null)))
                    .hasMessageContaining("already been imported");
        }
    }

    @Test
    void respondentsAreSearchableAtOnceBecauseTheSurveyImportUpdatesTheIndexItself() throws Exception {
        Path csv = dir.resolve("Survey.csv");
        Files.writeString(csv, "id,answer\nR1,Less paperwork please\nR2,More tea\n", StandardCharsets.UTF_8);
        try (Project p = TestProjects.create(dir)) {
            p.search().prepareIndex(IndexProgress.NONE, () -> false);
            long before = p.search().indexStatus().generation();

            p.tables().importSurvey(csv, new TableImportService.SurveyMapping("id", List.of("answer"), List.of(), null));

            assertThat(p.search().indexStatus().generation()).isEqualTo(before + 1);
            assertThat(p.search().search("paperwork", SearchOptions.defaults()).hits())
                    .singleElement().satisfies(h -> assertThat(h.hit()).isEqualTo("paperwork"));
        }
    }

    @Test
    void anExcelSurveyImportsTheFirstSheet() throws Exception {
        Path xlsx = dir.resolve("answers.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = wb.createSheet("Responses");
            String[][] rows = {{"Respondent", "Sector", "Comment"}, {"A", "public", "Targets drive everything."},
                    {"B", "voluntary", "We are the front door 🙂"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        try (Project p = TestProjects.create(dir)) {
            var result = p.tables().importSurvey(xlsx, new TableImportService.SurveyMapping("Respondent",
                    List.of("comment"), List.of("Sector"), "Survey 2018"));
            assertThat(result.sources()).extracting(Source::path).containsExactly("Survey 2018/A", "Survey 2018/B");
            assertThat(p.sources().text(p.sources().find("B").id()).text()).endsWith("We are the front door 🙂");
            assertThat(p.attributes().caseValues(p.cases().find("A"))).containsEntry("Sector", "public");
        }
    }

    @Test
    void anUnknownColumnIsNamedWithTheColumnsThereAre() throws Exception {
        Path csv = dir.resolve("s.csv");
        Files.writeString(csv, "id,answer\n1,yes\n");
        try (Project p = TestProjects.create(dir)) {
            assertThatThrownBy(() -> p.tables().importSurvey(csv, new TableImportService.SurveyMapping("id",
                    List.of("comment"), List.of(), null)))
                    .isInstanceOf(QuireException.class).hasMessage("s.csv has no column 'comment' (its columns: id, answer)");
            assertThat(p.sources().list()).isEmpty();
        }
    }

    @Test
    void anAttributeSheetSetsValuesOnExistingSourcesAndABadRowChangesNothing() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "day1.txt", "First day.");
            TestProjects.importText(p, dir, "day2.txt", "Second day.");
            p.attributes().define(AttributeScope.SOURCE, "date", org.quire.model.AttributeType.DATE, List.of());
            Path sheet = dir.resolve("attributes.csv");
            Files.writeString(sheet, "source,date,setting\nday1,2017-09-14,Town hall\nday2,2017-09-15,\n");
            assertThat(p.tables().importAttributeSheet(sheet, AttributeScope.SOURCE)).isEqualTo(3);
            assertThat(p.attributes().sourceValues(p.sources().find("day1")))
                    .containsEntry("date", "2017-09-14").containsEntry("setting", "Town hall");

            Path bad = dir.resolve("bad.csv");
            Files.writeString(bad, "source,setting,date\nday1,Café,2017-10-01\nday2,Library,yesterday\n");
            assertThatThrownBy(() -> p.tables().importAttributeSheet(bad, AttributeScope.SOURCE))
                    .isInstanceOf(QuireException.class)
                    .hasMessageStartingWith("bad.csv, row 3: Value 'yesterday' of attribute 'date' is not a date");
            assertThat(p.attributes().sourceValues(p.sources().find("day1")))
                    .containsEntry("date", "2017-09-14").containsEntry("setting", "Town hall");
        }
    }
}
