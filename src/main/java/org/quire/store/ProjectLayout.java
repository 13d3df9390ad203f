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

    String jdbcUrl(boolean mustExist) {
        // WRITE_DELAY=0: a commit reaches the file before the call returns, so a killed process
        // loses nothing the user saw saved.
        return "jdbc:h2:file:" + root.resolve(DATABASE_NAME) + ";WRITE_DELAY=0"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }
}
