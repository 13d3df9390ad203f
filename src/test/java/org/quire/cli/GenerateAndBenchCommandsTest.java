package org.quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateAndBenchCommandsTest {
    @TempDir
    Path dir;

    @Test
    void generateBuildsAProjectThatBenchMeasuresInPlace() throws Exception {
        String project = dir.resolve("G.quire").toString();
        String generated = QuireCli.ok("generate", project, "--size", "xs", "--seed", "4", "--coder", QuireCli.CODER);
        assertTrue(generated.startsWith("Generated a size XS project"), generated);
        assertTrue(QuireCli.ok("sources", project).contains("Interviews/"));

        String table = QuireCli.ok("bench", "--project", project, "--size", "XS", "--runs", "1", "--warmup", "0",
                "--out", dir.resolve("out").toString(), "--coder", QuireCli.CODER);
        assertTrue(table.contains("| open a large source (text + codings + node paths) |"), table);
        assertTrue(Files.isRegularFile(dir.resolve("out/bench-xs.json")));
        // Every passage the benchmark coded was removed again, and the theme it made for the export too.
        assertTrue(QuireCli.ok("audit", project, "--limit", "100").contains("Uncoded"));
        String recent = QuireCli.ok("audit", project, "--limit", "10");
        assertTrue(recent.contains("Deleted theme 'Benchmark theme matrix'"), recent);
        // The passages exports it measured are recorded as any export is.
        assertTrue(recent.contains("Exported the coded passages as xlsx"), recent);
        assertFalse(QuireCli.ok("theme", "list", project).contains("Benchmark theme matrix"));
    }

    @Test
    void anUnknownSizeIsRefusedWithTheChoices() {
        QuireCli.Result r = QuireCli.run("generate", dir.resolve("G.quire").toString(), "--size", "XXL");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("use XS, S, M or L"), r.err());
    }
}
