package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private static String ok(String... args) {
        String[] withCoder = java.util.Arrays.copyOf(args, args.length + 2);
        withCoder[args.length] = "--coder";
        withCoder[args.length + 1] = QuireCli.CODER;
        return QuireCli.ok(withCoder);
    }

    //                       0         1         2         3         4
    //                       01234567890123456789012345678901234567890123
    // a.txt                "Trust was low at first.\n\n=The sector felt unheard.\n"
    private String project() throws Exception {
        String p = QuireCli.newProject(dir);
        QuireCli.write(dir, "in/a.txt", "Trust was low at first.\n\n=The sector felt unheard.\n");
        QuireCli.write(dir, "in/b.txt", "Trust grew. The sector was heard.\n");
        ok("import", p, dir.resolve("in").toString());
        ok("code", p, "--node", "Trust", "--source", "a", "--range", "0:23", "--create");
        ok("code", p, "--node", "Sector", "--source", "a", "--range", "25:50", "--create");
        ok("code", p, "--node", "Trust", "--source", "b", "--range", "0:11");
        ok("attr", "set", p, "a", "setting=urban");
        ok("attr", "set", p, "b", "setting=rural");
        ok("theme", "add", p, "Relations", "--definition", "How partners relate", "--node", "Trust");
        ok("theme", "add", p, "Voice", "--node", "Sector");
        return p;
    }

    @Test
    void notesQuotesAndSummariesSetOnTheCommandLineReachTheExports() throws Exception {
        String p = project();
        String matrix = ok("matrix", p, "--theme", "Relations");
        assertThat(matrix).startsWith("Theme matrix of 'Relations': 2 extracts")
                .contains("1. a, ¶ 1  Trust  setting=urban", "Trust was low at first.");
        assertThat(ok("extract", "note", p, "--theme", "Relations", "--row", "2", "Growth, not repair"))
                .isEqualTo("Noted b, ¶ 1 in theme 'Relations'\n");
        assertThat(ok("extract", "quote", p, "--theme", "Relations", "--row", "1"))
                .isEqualTo("Chose a, ¶ 1 as a quotation for theme 'Relations'\n");
        assertThat(ok("matrix", p, "--theme", "Relations")).contains("1. [quote] a, ¶ 1", "note: Growth, not repair");
        ok("framework", "summary", p, "--rows", "attr:setting", "--row", "rural", "--col", "Relations", "Warming");
        assertThat(ok("framework", "show", p, "--rows", "attr:setting"))
                .contains("rural\n    Relations: 1 extract — Warming");

        Path xlsx = dir.resolve("relations.xlsx");
        assertThat(ok("matrix", p, "--theme", "Relations", "--xlsx", xlsx.toString())).startsWith("Wrote ");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheet("Relations");
            int note = -1;
            for (var c : sheet.getRow(0)) {
                note = c.getStringCellValue().equals("Analyst note") ? c.getColumnIndex() : note;
            }
            assertThat(sheet.getRow(2).getCell(note).getStringCellValue()).isEqualTo("Growth, not repair");
        }
        Path csv = dir.resolve("framework.csv");
        ok("export", p, "--format", "csv", "--what", "framework", "--rows", "attr:setting", "--out", csv.toString());
        assertThat(Files.readString(csv)).contains("rural,1,Warming,0,\r\n");
        Path voice = dir.resolve("voice.csv");
        ok("export", p, "--format", "csv", "--what", "themes", "--theme", "Voice", "--out", voice.toString());
        assertThat(Files.readString(voice)).contains(",'=The sector felt unheard.,");
        Path codebook = dir.resolve("codebook.json");
        ok("export", p, "--format", "json", "--what", "codebook", "--out", codebook.toString());
        assertThat(Files.readString(codebook)).contains("\"path\" : \"Sector\"");
        Path report = dir.resolve("report.docx");
        ok("export", p, "--format", "docx", "--what", "report", "--out", report.toString());
        assertThat(Files.size(report)).isPositive();
        Path m = dir.resolve("m.xlsx");
        ok("matrix", p, "--rows", "nodes:Trust,Sector", "--cols", "attr:setting", "--xlsx", m.toString());
        assertThat(Files.exists(m)).isTrue();
    }

    @Test
    void badFormatsCombinationsAndPathsAreRefusedWithTheReason() throws Exception {
        String p = project();
        QuireCli.Result r = QuireCli.run("export", p, "--format", "pdf", "--what", "report", "--out", "x.pdf",
                "--coder", QuireCli.CODER);
        assertThat(r.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).contains("Unknown export format 'pdf': use xlsx, docx, html, csv, json, qdpx or qdc");
        r = QuireCli.run("export", p, "--format", "html", "--what", "codebook", "--out",
                dir.resolve("c.html").toString(), "--coder", QuireCli.CODER);
        assertThat(r.err()).contains("Cannot export the code book as html: choose xlsx, docx, csv, json");
        r = QuireCli.run("export", p, "--format", "xlsx", "--out", dir.resolve("c.xlsx").toString(),
                "--coder", QuireCli.CODER);
        assertThat(r.err()).contains("--what codebook|themes|matrix|framework|report|words");
        String missing = dir.resolve("nowhere/c.xlsx").toString();
        r = QuireCli.run("export", p, "--format", "xlsx", "--what", "codebook", "--out", missing,
                "--coder", QuireCli.CODER);
        assertThat(r.err()).contains("Cannot write " + missing + ": the folder").contains("does not exist");
        r = QuireCli.run("extract", "quote", p, "--theme", "Voice", "--row", "9", "--coder", QuireCli.CODER);
        assertThat(r.err()).contains("Theme 'Voice' has 1 extract; there is no row 9");
    }
}
