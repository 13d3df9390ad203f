package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.cli.QuireCli.ok;
import static org.quire.cli.QuireCli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quire export --format qdpx|qdc, quire import-qdpx and quire import-qdc, as a user runs them. */
class RefiCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aProjectExportedAsQdpxOpensAsANewProjectWithTheSameCodingsAndTheReportIsPrinted() throws Exception {
        String p = QuireCli.newProject(dir);
        Path file = QuireCli.write(dir, "talk.txt", "We talked about the weather and the bus.");
        ok("import", p, file.toString());
        ok("node", "add", p, "Travel/Bus");
        ok("code", p, "--node", "Travel/Bus", "--source", "talk", "--match", "the bus");
        Path qdpx = dir.resolve("out/talk.qdpx");
        assertThat(ok("export", p, "--format", "qdpx", "--out", qdpx.toString())).contains("Exported 1 source");
        assertThat(qdpx).exists();

        String back = dir.resolve("Back.quire").toString();
        String report = ok("import-qdpx", qdpx.toString(), back);
        assertThat(report).contains("sources: 1", "codings: 1", "Everything in the file was carried over.");
        assertThat(ok("codings", back, "--node", "Travel/Bus")).contains("the bus");
    }

    @Test
    void theCodeBookGoesOutAsQdcAndIntoAnotherProject() throws Exception {
        String p = QuireCli.newProject(dir);
        ok("node", "add", p, "Place/Home");
        Path qdc = dir.resolve("book.qdc");
        assertThat(ok("export", p, "--format", "qdc", "--out", qdc.toString())).contains("code book");
        String other = dir.resolve("Other.quire").toString();
        ok("init", other);
        assertThat(ok("import-qdc", other, qdc.toString())).contains("codes added as nodes: 2");
        assertThat(ok("node", "list", other)).contains("Home");
    }

    @Test
    void anUnknownFormatOrABadFileIsAClearErrorAndCreatesNothing() throws Exception {
        String p = QuireCli.newProject(dir);
        QuireCli.Result r = run("export", p, "--format", "pdf", "--out", dir.resolve("x.pdf").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("Unknown export format 'pdf'");

        Path bad = Files.writeString(dir.resolve("bad.qdpx"), "not a zip");
        QuireCli.Result imported = run("import-qdpx", bad.toString(), dir.resolve("New.quire").toString());
        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.err()).contains("bad.qdpx", "ZIP archive");
        assertThat(dir.resolve("New.quire")).doesNotExist();
    }
}
