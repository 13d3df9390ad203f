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

    @Test
    void filesOutsideTheArchiveAreReadOnlyFromTheFolderTheUserAllows() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(folder.resolve("note.txt"), "Read from the allowed folder.");
        String xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"X\" origin=\"Test\"><Sources>"
                + "<TextSource guid=\"0b000000-0000-4000-8000-000000000001\" name=\"Note\""
                + " plainTextPath=\"relative:///note.txt\"/></Sources></Project>";
        Path qde = QuireCli.write(dir, "bare.qde", xml);

        String without = ok("import-qdpx", qde.toString(), dir.resolve("Without.quire").toString());
        assertThat(without).contains("Files outside the archive:", "'relative:///note.txt' (text file of source"
                + " 'Note'): not read", "--allow-external-sources");
        assertThat(ok("sources", dir.resolve("Without.quire").toString())).doesNotContain("Note");

        String with = ok("import-qdpx", qde.toString(), dir.resolve("With.quire").toString(),
                "--allow-external-sources", folder.toString());
        assertThat(with).contains("sources: 1", "read from " + folder.toRealPath().resolve("note.txt"));
    }

    @Test
    void aProjectFileOverTheLimitIsRefusedNamingTheLimitUnlessItIsRaised() throws Exception {
        StringBuilder codes = new StringBuilder();
        for (int i = 0; codes.length() < 1_200_000; i++) {
            codes.append(String.format("<Code guid=\"c0de0000-0000-4000-8000-%012d\" name=\"Code %d\""
                    + " isCodable=\"true\"/>", i, i));
        }
        Path qde = QuireCli.write(dir, "big.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Big\">"
                + "<CodeBook><Codes>" + codes + "</Codes></CodeBook></Project>");
        QuireCli.Result refused = run("import-qdpx", qde.toString(), dir.resolve("Big.quire").toString(),
                "--max-project-file", "1");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("big.qde", "2 MB", "larger than the limit of 1 MB", "--max-project-file");
        assertThat(dir.resolve("Big.quire")).doesNotExist();
        assertThat(ok("import-qdpx", qde.toString(), dir.resolve("Big.quire").toString(), "--max-project-file", "2"))
                .contains("codes (as nodes):");
    }
}
