package org.quire.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.QuireException;
import org.quire.service.Project;

/**
 * Opening a QDPX as a new project is all or nothing: the project appears in its folder whole, or
 * not at all, and no hidden build folder is left — after a failure, a stop, Ctrl-C or running out
 * of memory. The memory tests run the command line in a JVM of their own with a small heap.
 */
class RefiAtomicImportTest {
    private static final String NS = "urn:QDA-XML:project:1.0";

    @TempDir
    Path dir;

    /** What is left in the folder the project was to be made in, apart from the input files. */
    private List<String> leftovers() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".qdpx")).sorted().toList();
        }
    }

    /** A QDPX of {@code count} sources of about {@code chars} characters each, lines ending in {@code eol}. */
    static Path many(Path file, int count, int chars, String eol) throws IOException {
        StringBuilder sources = new StringBuilder();
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            StringBuilder text = new StringBuilder(chars + 100);
            String[] words = {"field ", "note ", "volunteer ", "partnership ", "the ", "and ", "kettle ", "report ",
                "meeting ", "health ", "sector ", "of ", "trust ", "funding ", "hall ", "tea "};
            // Words in a pseudo-random order, so the archive compresses as real text does (not as a zip bomb).
            long seed = 42;
            for (int i = 0; text.length() < chars; i++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                text.append(words[(int) (seed >>> 60)]);
                if (i % 12 == 11) {
                    text.append(eol);
                }
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < count; i++) {
                String guid = String.format("6f1d3c52-6a0e-4b7e-9d1a-%012d", i);
                sources.append("<TextSource guid=\"").append(guid).append("\" name=\"Text ").append(i)
                        .append("\" plainTextPath=\"internal://").append(guid).append(".txt\">")
                        .append("<PlainTextSelection guid=\"").append(String.format("5e1ec700-0000-4000-8000-%012d", i))
                        .append("\" startPosition=\"6\" endPosition=\"10\"><Coding guid=\"")
                        .append(String.format("c0d10000-0000-4000-8000-%012d", i))
                        .append("\"><CodeRef targetGUID=\"c0de0000-0000-4000-8000-000000000001\"/></Coding>")
                        .append("</PlainTextSelection></TextSource>");
                zip.putNextEntry(new ZipEntry("sources/" + guid + ".txt"));
                zip.write(bytes);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(RefiFixtures.project(NS, "Generator", "<CodeBook><Codes><Code guid=\"c0de0000-0000-4000-8000-"
                    + "000000000001\" name=\"A\" isCodable=\"true\"/></Codes></CodeBook><Sources>" + sources
                    + "</Sources>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void aFailureHalfwayLeavesNeitherTheProjectNorItsHiddenBuildFolder() throws Exception {
        Path valid = many(dir.resolve("ok.qdpx"), 3, 1000, "\n");
        // The same archive with a zip bomb as its last source: the import fails after two sources.
        RefiFixtures f = new RefiFixtures();
        try (var zip = new java.util.zip.ZipFile(valid.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                f.add(e.getName(), e.getName().endsWith("000000000002.txt") ? new byte[50 * 1024 * 1024]
                        : zip.getInputStream(e).readAllBytes());
            }
        }
        Path bomb = f.write(dir.resolve("bomb.qdpx"));
        assertThatThrownBy(() -> Project.importQdpx(bomb, dir.resolve("New.quire"), "Tester",
                RefiService.Progress.NONE)).isInstanceOf(QuireException.class)
                .hasMessageContaining("bomb.qdpx").hasMessageNotContaining("importing");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aStoppedImportLeavesNothingAndTheProjectAppearsOnlyWhenComplete() throws Exception {
        Path qdpx = many(dir.resolve("many.qdpx"), 20, 2000, "\n");
        AtomicInteger steps = new AtomicInteger();
        List<Boolean> visibleWhileRunning = new ArrayList<>();
        RefiService.Progress watch = (phase, done, total) -> {
            steps.incrementAndGet();
            visibleWhileRunning.add(Files.exists(dir.resolve("New.quire")));
        };
        assertThatThrownBy(() -> Project.importQdpx(qdpx, dir.resolve("New.quire"), "Tester",
                QdpxImportOptions.defaults().stoppedWhen(() -> steps.get() > 5), watch))
                .isInstanceOf(CancellationException.class);
        assertThat(leftovers()).isEmpty();

        visibleWhileRunning.clear();
        try (Project p = Project.importQdpx(qdpx, dir.resolve("New.quire"), "Tester", watch).project()) {
            assertThat(p.sources().list()).hasSize(20);
        }
        assertThat(visibleWhileRunning).isNotEmpty().containsOnly(false);
        assertThat(leftovers()).containsExactly("New.quire");
    }

    @Test
    void anEmptyFolderTheUserChoseBecomesTheProject() throws Exception {
        Path qdpx = many(dir.resolve("few.qdpx"), 2, 500, "\n");
        Files.createDirectories(dir.resolve("Chosen.quire"));
        try (Project p = Project.importQdpx(qdpx, dir.resolve("Chosen.quire"), "Tester",
                RefiService.Progress.NONE).project()) {
            assertThat(p.folder()).isEqualTo(dir.resolve("Chosen.quire").toAbsolutePath());
            assertThat(p.sources().list()).hasSize(2);
        }
        assertThat(leftovers()).containsExactly("Chosen.quire");
    }

    @Test
    void ctrlCDuringAnImportLeavesNoProjectAndNoHiddenFolder() throws Exception {
        Path qdpx = many(dir.resolve("slow.qdpx"), 1500, 8000, "\r\n");
        Path target = dir.resolve("Slow.quire");
        Process quire = quire("-Xmx512m", "import-qdpx", qdpx.toString(), target.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (importedOriginals() < 20) {
                if (!quire.isAlive()) {
                    throw new AssertionError("the import ended before it could be interrupted: "
                            + new String(quire.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                }
                assertThat(System.nanoTime()).as("the import never started").isLessThan(deadline);
                Thread.sleep(20);
            }
            new ProcessBuilder("kill", "-INT", String.valueOf(quire.pid())).start().waitFor();
            assertThat(quire.waitFor(20, TimeUnit.SECONDS)).as("quire stops after Ctrl-C").isTrue();
        } finally {
            quire.destroyForcibly();
        }
        assertThat(quire.exitValue()).isNotZero();
        assertThat(leftovers()).isEmpty();
    }

    /** How many originals the import running in the other JVM has written so far. */
    private long importedOriginals() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(".Slow.quire.importing-")).toList()) {
                Path originals = p.resolve("originals");
                if (Files.isDirectory(originals)) {
                    try (Stream<Path> files = Files.list(originals)) {
                        return files.count();
                    }
                }
            }
        }
        return 0;
    }

    @Test
    void aLargeTextImportsInAHeapTheWholeTextCopiedSeveralTimesOverWouldNotFit() throws Exception {
        // 20 million characters with CRLF line ends: the import before streaming needed about 570 MB for it.
        Path qdpx = many(dir.resolve("large.qdpx"), 1, 20_000_000, "\r\n");
        Path target = dir.resolve("Large.quire");
        Process quire = quire("-Xmx160m", "import-qdpx", qdpx.toString(), target.toString());
        String out = new String(quire.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(quire.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(quire.exitValue()).as(out).isZero();
        assertThat(out).contains("sources: 1", "codings: 1");
        try (Project p = Project.open(target, "Tester")) {
            assertThat(p.sources().list()).singleElement().satisfies(s ->
                    assertThat(p.sources().text(s.id()).text()).hasSizeGreaterThan(19_000_000).doesNotContain("\r"));
        }
    }

    @Test
    void runningOutOfMemoryIsAClearMessageNamingTheFileAndLeavesNothing() throws Exception {
        Path qdpx = many(dir.resolve("huge.qdpx"), 1, 40_000_000, "\r\n");
        Process quire = quire("-Xmx64m", "import-qdpx", qdpx.toString(), dir.resolve("Huge.quire").toString());
        String out = new String(quire.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(quire.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(quire.exitValue()).as(out).isEqualTo(1);
        assertThat(out).contains("quire: Cannot import huge.qdpx: Quire ran out of memory", "MB here",
                "this file needs about", "-Xmx", "no project was created").doesNotContain("\tat ");
        assertThat(leftovers()).isEmpty();
    }

    /** The command line in a JVM of its own, stdout and stderr together. */
    private static Process quire(String heap, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, heap, "-cp", System.getProperty("java.class.path"),
                "org.quire.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
