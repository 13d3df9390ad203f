package org.quire.service.exchange;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.AttributeScope;
import org.quire.model.AttributeType;
import org.quire.model.CaseRecord;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions.Format;
import org.quire.service.exchange.ExportOptions.What;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every coded passage, one row each: exact columns and cells in csv and xlsx, and the choice of nodes. */
class PassagesExportTest {
    private static final DateTimeFormatter CODED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final List<String> HEADER = List.of("Code", "Source", "Folder", "Cases", "data type", "Case Role",
            "Coder", "Coded on", "Paragraph", "Page", "Context before", "Passage", "Context after", "Coding GUID");

    @TempDir
    Path dir;

    private record Study(Project project, Coding said, Coding board, Coding northStar) {
    }

    private Study study() throws Exception {
        Path interview = dir.resolve("interview.txt");
        Files.writeString(interview, "Opening words.\n\nShe said \"we trust them\".\nThen she left, smiling.");
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "Board met. North star agreed, at last.");
        Project p = Project.create(dir.resolve("P.quire"), "P", "Ann");
        p.sources().importPaths(List.of(interview), new ImportOptions("Interviews", Map.of("data type", "interview"),
                ImportOptions.defaults().limits()), ImportProgress.NONE, () -> false);
        p.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
        Source a = p.sources().find("Interviews/interview");
        Source b = p.sources().find("notes");
        Node trust = p.nodes().createPath("Trust", "", null);
        Node said = p.nodes().createPath("Trust/Said", "", null);
        Node board = p.nodes().createPath("Board", "", null);
        String text = p.sources().text(a.id()).text();
        int q = text.indexOf('"');
        Coding saidCoding = p.codings().code(a.id(), said.id(), new Span(q, text.indexOf("she left")));
        Coding boardCoding = p.codings().code(b.id(), board.id(), new Span(0, 10));
        Coding star = p.codings().code(b.id(), trust.id(), new Span(11, 21));
        p.attributes().define(AttributeScope.CASE, "Role", AttributeType.TEXT, List.of());
        CaseRecord ann = p.cases().create("Ann", "");
        CaseRecord bob = p.cases().create("Bob", "");
        p.cases().link(ann.id(), a.id(), null);
        p.cases().link(bob.id(), b.id(), new Span(0, 5));
        p.attributes().setCaseValue(ann, "Role", "nurse");
        p.attributes().setCaseValue(bob, "Role", "manager");
        return new Study(p, saidCoding, boardCoding, star);
    }

    private static String at(Coding c) {
        return CODED.format(c.createdAt().atZone(ZoneId.systemDefault()));
    }

    @Test
    void everyCodedPassageIsOneRowWithItsSourceCasesAttributesCoderAndContext() throws Exception {
        Study s = study();
        try (Project p = s.project()) {
            Path csv = p.exports().export(ExportOptions.of(Format.CSV, What.PASSAGES), dir.resolve("passages.csv"));
            List<List<String>> rows = readCsv(csv);

            assertThat(rows.get(0)).containsExactlyElementsOf(HEADER);
            assertThat(rows.subList(1, rows.size())).containsExactly(
                    List.of("Board", "notes", "", "Bob", "", "manager", "Ann", at(s.board()), "1", "", "",
                            "Board met.", " North star agreed, at last.", s.board().guid()),
                    List.of("Trust", "notes", "", "", "", "", "Ann", at(s.northStar()), "1", "", "Board met. ",
                            "North star", " agreed, at last.", s.northStar().guid()),
                    List.of("Trust/Said", "interview", "Interviews", "Ann", "interview", "nurse", "Ann",
                            at(s.said()), "2", "", "She said ", "\"we trust them\".\nThen ", "she left, smiling.",
                            s.said().guid()));
            // Quotes doubled and the line break kept inside one quoted field (RFC 4180).
            String raw = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(raw).startsWith("\uFEFFCode,Source,").contains(",\"\"\"we trust them\"\".\nThen \",");
            assertThat(raw.split("\r\n")).hasSize(4);

            Path xlsx = p.exports().export(ExportOptions.of(Format.XLSX, What.PASSAGES), dir.resolve("passages.xlsx"));
            assertThat(readXlsx(xlsx)).isEqualTo(rows);
        }
    }

    @Test
    void oneNodeAloneOrWithTheNodesUnderItOrSeveralNodes() throws Exception {
        Study s = study();
        try (Project p = s.project()) {
            ExportOptions trust = ExportOptions.of(Format.CSV, What.PASSAGES).nodes(List.of("Trust"), false);
            assertThat(codes(p, trust)).containsExactly("Trust");
            assertThat(codes(p, trust.nodes(List.of("trust"), true))).containsExactly("Trust", "Trust/Said");
            assertThat(codes(p, trust.nodes(List.of("Trust/Said", "Board"), false))).containsExactly("Board", "Trust/Said");
            assertThatThrownBy(() -> p.exports().export(trust.nodes(List.of("Nowhere"), false), dir.resolve("x.csv")))
                    .isInstanceOf(QuireException.class).hasMessageContaining("Nowhere");
            assertThat(dir.resolve("x.csv")).doesNotExist();
            assertThatThrownBy(() -> p.exports().export(ExportOptions.of(Format.JSON, What.PASSAGES), dir.resolve("x.json")))
                    .hasMessageContaining("choose xlsx, csv");
        }
    }

    private List<String> codes(Project p, ExportOptions o) throws Exception {
        List<List<String>> rows = readCsv(p.exports().export(o, dir.resolve("some.csv")));
        return rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
    }

    private static List<List<String>> readCsv(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.skip(1);
            for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
                rows.add(r.toList());
            }
        }
        return rows;
    }

    private static List<List<String>> readXlsx(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Coded passages");
            int columns = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            assertThat(sheet.isColumnHidden(columns - 1)).isTrue();
        }
        return rows;
    }
}
