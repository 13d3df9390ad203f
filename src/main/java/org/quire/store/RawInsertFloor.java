package org.quire.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The floor for storing codings on this machine: a plain H2 file database, one bare table with no
 * keys, constraints or indexes, one JDBC batch in one transaction. The benchmark compares Quire's
 * own paths with it, so a regression shows up as a ratio rather than as a number nobody remembers.
 */
public final class RawInsertFloor {
    private static final int BATCH = 10_000;

    private RawInsertFloor() {
    }

    /**
     * Inserts the rows {@code (source[i], node[i], start[i], end[i])} into a new database in
     * {@code scratch} (created, then deleted) and returns the nanoseconds the insert and commit took.
     */
    public static long insertNanos(Path scratch, long[] source, long[] node, int[] start, int[] end) {
        try {
            Files.createDirectories(scratch);
            // Same durability setting as a project, so the comparison is like for like.
            String url = "jdbc:h2:file:" + scratch.toAbsolutePath().resolve("raw") + ";WRITE_DELAY=0";
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE raw_coding (source_id BIGINT, node_id BIGINT, start_offset INT, end_offset INT)");
                }
                c.setAutoCommit(false);
                long t0 = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO raw_coding (source_id, node_id, start_offset, end_offset) VALUES (?, ?, ?, ?)")) {
                    for (int i = 0; i < source.length; i++) {
                        ps.setLong(1, source[i]);
                        ps.setLong(2, node[i]);
                        ps.setInt(3, start[i]);
                        ps.setInt(4, end[i]);
                        ps.addBatch();
                        if ((i + 1) % BATCH == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
                c.commit();
                long nanos = System.nanoTime() - t0;
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
                return nanos;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        } catch (IOException e) {
            throw new StoreException("Cannot create the scratch folder " + scratch, e);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // scratch space in a temporary folder; the OS cleans it up eventually
        }
    }
}
