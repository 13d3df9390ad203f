package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputAndCoderTest {
    @TempDir
    Path dir;

    @Test
    void outputIsUtf8WhateverThePlatformDefault() throws Exception {
        String p = QuireCli.newProject(dir);
        String text = "Zoë said \u201cnaïve\u201d \uD83D\uDE42 — ok\n";
        QuireCli.ok("import", p, QuireCli.write(dir, "zoe.txt", text).toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new Cli(Cli.utf8(out), Cli.utf8(err), false).run("show", p, "zoe");

        assertThat(code).isZero();
        assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCoderOptionWinsOverTheEnvironmentWhichWinsOverTheUserName() {
        assertThat(CoderOption.resolve("Ana", "Ben", "os-user")).isEqualTo("Ana");
        assertThat(CoderOption.resolve(null, "Ben", "os-user")).isEqualTo("Ben");
        assertThat(CoderOption.resolve(null, " ", "os-user")).isEqualTo("os-user");
    }

    @Test
    void theCoderNamedOnTheCommandIsRecordedInTheAuditTrail() {
        String p = QuireCli.newProject(dir);

        QuireCli.ok("node", "add", p, "Trust", "--coder", "Dr Chloé Ng");

        assertThat(QuireCli.ok("audit", p, "--limit", "1")).contains("  Dr Chloé Ng  Created node 'Trust'");
    }

    @Test
    void helpListsEveryCommand() {
        String help = QuireCli.ok("--help");

        assertThat(help).contains("init", "import", "sources", "show", "node", "code", "uncode", "codings", "memo",
                "annotate", "attr", "case", "theme", "audit", "Exit codes: 0 success, 1 user error, 2 internal error.");
    }

    @Test
    void initRefusesAFolderThatIsNotEmpty() throws Exception {
        QuireCli.write(dir, "thesis.docx", "x");

        QuireCli.Result r = QuireCli.run("init", dir.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("quire: Cannot create a project in")
                .endsWith("the folder is not empty");
    }

    @Test
    void initTakesTheLanguageTextIsSearchedInAndRefusesOneItCannotStem() throws Exception {
        java.nio.file.Path project = dir.resolve("Notes.quire");
        QuireCli.ok("init", project.toString(), "--language", "fr");
        QuireCli.write(dir, "note.txt", "Les bénévoles sont arrivés.");
        QuireCli.ok("import", project.toString(), dir.resolve("note.txt").toString());
        assertThat(QuireCli.ok("search", project.toString(), "bénévole")).contains("bénévoles");

        QuireCli.Result r = QuireCli.run("init", dir.resolve("Other.quire").toString(), "--language", "xx");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("No language 'xx'");
        assertThat(dir.resolve("Other.quire")).doesNotExist();
    }
}
