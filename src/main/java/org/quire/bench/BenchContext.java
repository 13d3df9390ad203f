package org.quire.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.quire.model.Node;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.service.Project;

/** What operations work on: the open project, its largest sources and nodes, scratch space, a seeded random. */
public final class BenchContext implements AutoCloseable {
    private static final int LARGE_SOURCES = 20;

    private final Path folder;
    private final String coder;
    private final Path scratch;
    private final Random random;
    private final long importWords;
    private Project project;
    private List<Source> largest;
    private List<Node> nodes;

    BenchContext(Path folder, String coder, Path scratch, long seed, long importWords) {
        this.folder = folder;
        this.coder = coder;
        this.scratch = scratch;
        this.random = new Random(seed);
        this.importWords = importWords;
        this.project = Project.open(folder, coder);
    }

    public Project project() {
        return project;
    }

    public Path folder() {
        return folder;
    }

    public String coder() {
        return coder;
    }

    /** A folder of this run's own, deleted at the end. */
    public Path scratch() {
        return scratch;
    }

    public Random random() {
        return random;
    }

    /** How many words the import operations should import per run. */
    public long importWords() {
        return importWords;
    }

    /** Closes the project and opens it again; returns the nanoseconds the opening took. */
    public long reopen(java.util.function.Consumer<Project> alsoTimed) {
        project.close();
        project = null;
        long t0 = System.nanoTime();
        project = Project.open(folder, coder);
        alsoTimed.accept(project);
        return System.nanoTime() - t0;
    }

    /** The largest sources (transcripts and reports), the ones that are slowest to open. */
    public List<Source> largestSources() {
        if (largest == null) {
            largest = project.sources().list().stream()
                    .sorted(Comparator.comparingInt(Source::wordCount).reversed()).limit(LARGE_SOURCES).toList();
        }
        return largest;
    }

    /** Every node of the code book. */
    public List<Node> nodes() {
        if (nodes == null) {
            NodeTree tree = project.nodes().tree();
            nodes = tree.roots().stream().flatMap(r -> tree.subtree(r.id()).stream()).toList();
        }
        return nodes;
    }

    @Override
    public void close() {
        if (project != null) {
            project.close();
        }
        deleteTree(scratch);
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files; nothing depends on them
        }
    }
}
