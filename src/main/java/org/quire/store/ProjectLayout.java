package org.quire.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things live inside a project folder (see docs/decisions/0001-project-folder.md):
 * <pre>
 * Fieldwork.quire/
 *   project.mv.db     the H2 database: the single source of truth
 *   originals/        every imported file, as it was, named by the source's GUID
 *   index/            the Lucene index: derived, rebuilt from the database when missing or stale
 *   backups/          copies of the database taken before a schema migration
 *   quire.lock        held while a process has the project open
 * </pre>
 * H2's trace file ({@code project.trace.db}) is written only when {@link #TRACE_PROPERTY} asks for it.
 */
public record ProjectLayout(Path root) {
    public static final String DATABASE_NAME = "project";

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path databaseFile() {
        return root.resolve(DATABASE_NAME + ".mv.db");
    }

    public Path originals() {
        return root.resolve("originals");
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path lockFile() {
        return root.resolve("quire.lock");
    }

    public boolean exists() {
        return Files.isRegularFile(databaseFile());
    }

    /** The name shown to users: the folder name without its ".quire" ending. */
    public String displayName() {
        String name = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        return name.endsWith(".quire") ? name.substring(0, name.length() - ".quire".length()) : name;
    }

    /**
     * The system property that turns H2's own trace file on, for debugging the database: an H2
     * trace level, 1 (errors), 2 (info) or 3 (debug). H2 writes it as {@code project.trace.db}
     * beside the database.
     */
    public static final String TRACE_PROPERTY = "quire.h2.trace";

    String jdbcUrl(boolean mustExist) {
        // WRITE_DELAY=0: a commit reaches the file before the call returns, so a killed process
        // loses nothing the user saw saved. TRACE_LEVEL_FILE=0: H2 would otherwise write a
        // project.trace.db into the user's project folder for every error it sees, including the
        // ones Quire handles; the user's folder holds only the project unless debugging is asked for.
        // MAX_COMPACT_TIME=0: H2's 200 ms of compaction on close copied up to 16 MB of live pages to
        // the end of the file and ran out of time before moving them back, so closing left the file
        // larger than it was during work (decision 0009); upkeep tidies it while the project is open.
        // COMPRESS=TRUE: pages are written LZF-compressed, as H2's own compaction writes them; without
        // it a project's file during work could never come near its compacted size (decision 0009).
        // Pages are marked as compressed one by one, so files written either way open either way.
        return "jdbc:h2:file:" + root.resolve(DATABASE_NAME) + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0"
                + ";TRACE_LEVEL_FILE=" + traceLevel()
                + ("false".equals(System.getProperty("quire.compress")) ? "" : ";COMPRESS=TRUE")
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    static int traceLevel() {
        String asked = System.getProperty(TRACE_PROPERTY, "").strip();
        return switch (asked) {
            case "1", "2", "3" -> Integer.parseInt(asked);
            case "true", "on" -> 1;
            default -> 0;
        };
    }
}
