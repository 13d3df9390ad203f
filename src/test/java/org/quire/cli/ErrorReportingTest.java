package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorReportingTest {
    @TempDir
    Path dir;

    @Test
    void aUserErrorExitsOneWithExactlyOneLineOnStderrAndNoStackTrace() throws Exception {
        String p = QuireCli.newProject(dir);
        QuireCli.ok("import", p, QuireCli.write(dir, "notes.txt", "Trust was low.").toString());

        QuireCli.Result r = QuireCli.run("code", p, "--node", "Trust", "--source", "notes", "--whole");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("quire: No node 'Trust' in the code book");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void withDebugTheStackTraceFollowsTheMessage() {
        QuireCli.Result r = QuireCli.run("sources", dir.resolve("missing").toString(), "--debug");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines().get(0)).startsWith("quire: No Quire project at ");
        assertThat(r.err()).contains("org.quire.model.QuireException", "\tat org.quire.");
    }

    @Test
    void debugIsAcceptedBeforeTheSubcommandToo() {
        QuireCli.Result r = QuireCli.run("--debug", "sources", dir.resolve("missing").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("\tat org.quire.");
    }

    @Test
    void aMissingArgumentExitsOneWithOneLineNamingItAndTheHelpToRead() {
        QuireCli.Result r = QuireCli.run("node", "add");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("quire: Missing required parameters: 'DIR', 'PATH'")
                .endsWith("(try 'quire node add --help')");
    }

    @Test
    void anUnknownSubcommandExitsOneWithOneLine() {
        QuireCli.Result r = QuireCli.run("frobnicate", "x");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("'frobnicate'").contains("quire --help");
    }

    @Test
    void aBadRangeSaysHowToWriteOne() throws Exception {
        String p = QuireCli.newProject(dir);

        QuireCli.Result r = QuireCli.run("show", p, "notes", "--range", "12");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("Range '12' must be written start:end");
    }

    @Test
    void conflictingOptionsAreAUserError() throws Exception {
        String p = QuireCli.newProject(dir);

        QuireCli.Result r = QuireCli.run("code", p, "--node", "A", "--source", "s", "--range", "1:2", "--whole");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("quire: --range").contains("mutually exclusive");
    }

    @Test
    void aRangePastTheEndOfTheSourceIsRefused() throws Exception {
        String p = QuireCli.newProject(dir);
        QuireCli.ok("import", p, QuireCli.write(dir, "notes.txt", "Short.").toString());

        QuireCli.Result r = QuireCli.run("show", p, "notes", "--range", "2:99");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("quire: Range 2:99 is past the end of 'notes', which has 6 characters "
                + "(valid offsets are 0 to 6)");
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("disk on fire");
        }
    }

    @Test
    void anUnexpectedFailureExitsTwoWithOneLineSuggestingDebug() {
        assertThat(runBoom("boom").exitCode()).isEqualTo(2);
        assertThat(runBoom("boom").errLines())
                .containsExactly("quire: internal error: disk on fire (run with --debug for details)");
    }

    @Test
    void anUnexpectedFailureWithDebugPrintsItsStackTrace() {
        QuireCli.Result r = runBoom("boom", "--debug");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).isEqualTo("quire: internal error: disk on fire");
        assertThat(r.err()).contains("java.lang.IllegalStateException: disk on fire", "\tat org.quire.cli.");
    }

    private static QuireCli.Result runBoom(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli(new PrintWriter(out), new PrintWriter(err), false);
        CommandLine cmd = cli.commandLine(args);
        cmd.addSubcommand(new CommandLine(new Boom()));
        int code = cli.execute(cmd, args);
        return new QuireCli.Result(code, out.toString(), err.toString());
    }
}
