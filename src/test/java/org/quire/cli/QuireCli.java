package org.quire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the CLI in-process, as a user at a shell would, and captures what it printed. */
final class QuireCli {
    static final String CODER = "Ana Researcher";

    private QuireCli() {
    }

    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new PrintWriter(out), new PrintWriter(err), false).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed, and returns its stdout. */
    static String ok(String... args) {
        Result r = run(args);
        if (r.exitCode() != 0) {
            throw new AssertionError("quire " + String.join(" ", args) + " exited " + r.exitCode() + ": " + r.err());
        }
        return r.out();
    }

    /** A new project in {@code dir}/P.quire; returns its folder as a command-line argument. */
    static String newProject(Path dir) {
        String project = dir.resolve("P.quire").toString();
        ok("init", project, "--title", "Fieldwork", "--coder", CODER);
        return project;
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
