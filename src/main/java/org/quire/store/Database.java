package org.quire.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcConnectionPool;
import org.quire.model.Coder;
import org.quire.model.QuireException;

/**
 * One open project database. Every user action runs in {@link #write} as one transaction, committed
 * before the call returns; writes are serialised (a desktop project has one user), reads run
 * concurrently on their own connections.
 */
public final class Database implements AutoCloseable {
    static {
        // H2 keeps a shared cache of recently read values to share equal ones; reading the
        // thousands of rows a project shows when it opens spent a sixth of its time there (hashing
        // and comparing each string). A user's own setting of the property wins.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** The database's one user; the project folder, not a password, is what guards it. */
    private static final String USER = "sa";

    private final ProjectLayout layout;
    private final ProjectLock lock;
    private final JdbcConnectionPool pool;
    private final ReentrantLock writeLock;
    private final Path migrationBackup;
    /** Keeps the file near the size of its live data; null where it cannot (decision 0009). */
    private final FileUpkeep upkeep;
    // Starts as "everything changed": nothing has been counted yet in this session.
    private final CodingChanges.Collector codingChanges = initialChanges();
    /** Further readers of the coding changes, each with its own record (see {@link #codingChangeFeed()}). */
    private final java.util.List<CodingChanges.Collector> feeds = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Bumped by every committed transaction that added, renamed or removed a source. */
    private final java.util.concurrent.atomic.AtomicLong sourceListVersion = new java.util.concurrent.atomic.AtomicLong();

    private Database(ProjectLayout layout, ProjectLock lock, JdbcConnectionPool pool, Path migrationBackup,
                     FileUpkeep upkeep, ReentrantLock writeLock) {
        this.writeLock = writeLock;
        this.layout = layout;
        this.lock = lock;
        this.pool = pool;
        this.migrationBackup = migrationBackup;
        this.upkeep = upkeep;
    }

    /**
     * What the file upkeep of this process has done, times in milliseconds: its steps (the longest,
     * all together, the most CPU one took, the longest move), its forces of the file to disk, and the user actions by how
     * long upkeep held H2's store during each ({@code waits[i]} actions up to {@code waitBounds[i]}),
     * which is the most each can have waited on it; and the steps committing threads took themselves
     * when upkeep fell behind (back-pressure; the longest).
     */
    public record UpkeepStats(long steps, double maxMillis, double totalMillis, double maxCpuMillis, double maxMoveMillis, long forces,
                              double maxForceMillis, double[] waitBounds, long[] waits, double maxWaitMillis,
                              long pressureSteps, double maxPressureMillis) {

        /** The work done since {@code before} (maxima are those of the whole process). */
        public UpkeepStats since(UpkeepStats before) {
            long[] w = waits.clone();
            for (int i = 0; i < w.length && i < before.waits.length; i++) {
                w[i] -= before.waits[i];
            }
            return new UpkeepStats(steps - before.steps, maxMillis, totalMillis - before.totalMillis, maxCpuMillis, maxMoveMillis,
                    forces - before.forces, maxForceMillis, waitBounds, w, maxWaitMillis,
                    pressureSteps - before.pressureSteps, maxPressureMillis);
        }

        /** User actions recorded. */
        public long actions() {
            return java.util.Arrays.stream(waits).sum();
        }

        /** The bucket bound below which {@code percent} of the actions' waits fall, in milliseconds. */
        public double waitPercentile(double percent) {
            long total = actions();
            if (total == 0) {
                return 0;
            }
            long seen = 0;
            for (int i = 0; i < waits.length; i++) {
                seen += waits[i];
                if (seen * 100.0 >= percent * total) {
                    return Math.min(waitBounds[i], maxWaitMillis);
                }
            }
            return maxWaitMillis;
        }

        /** User actions during which upkeep held the store at all. */
        public long actionsOverlapped() {
            return actions() - (waits.length == 0 ? 0 : waits[0]);
        }
    }

    /**
     * The fill rate, in percent, of the chunks file upkeep copies during work; 100 when H2 chooses
     * them (an H2 without the rewrite upkeep calls, or {@code -Dquire.upkeep.chunkBelow=100}).
     */
    public static int upkeepCopiesChunksUpTo() {
        return FileUpkeep.choosesChunks() ? Math.min(100, FileUpkeep.CHUNK_BELOW) : 100;
    }

    /** The file upkeep's work in this process so far (for the session benchmark). */
    public static UpkeepStats upkeepSoFar() {
        return FileUpkeep.stats();
    }

    /** Creates the database of a new project in an existing, empty folder. */
    public static Database create(ProjectLayout layout) {
        if (layout.exists()) {
            throw new QuireException("There is already a Quire project at " + layout.root());
        }
        return open(layout, false);
    }

    /**
     * Opens an existing project: takes the lock, refuses a project saved by a newer Quire, backs the
     * database up and migrates it when it was saved by an older one.
     */
    public static Database open(ProjectLayout layout) {
        if (!layout.exists()) {
            throw new QuireException("No Quire project at " + layout.root()
                    + " (expected " + layout.databaseFile().getFileName() + " inside it)");
        }
        return open(layout, true);
    }

    private static Database open(ProjectLayout layout, boolean mustExist) {
        ProjectLock lock = ProjectLock.acquire(layout);
        ReentrantLock writing = new ReentrantLock();
        JdbcConnectionPool pool = null;
        try {
            pool = JdbcConnectionPool.create(layout.jdbcUrl(mustExist), USER, "");
            pool.setMaxConnections(8);
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            } catch (SQLException e) {
                throw new QuireException("Project '" + layout.displayName() + "' cannot be opened: its database file "
                        + layout.databaseFile().getFileName() + " is damaged or is not a Quire database ("
                        + firstLine(e.getMessage()) + "). Copies taken before upgrades are in "
                        + layout.backups().getFileName() + "/.", e);
            }
            Path backup;
            try {
                backup = migrate(layout, pool);
            } catch (org.flywaydb.core.api.FlywayException e) {
                throw new QuireException("Project '" + layout.displayName() + "' could not be upgraded to this version"
                        + " of Quire (" + firstLine(e.getMessage()) + "); it has not been changed", e);
            }
            FileUpkeep upkeep;
            try (Connection c = pool.getConnection()) {
                upkeep = FileUpkeep.start(c, layout.displayName(), writing::isLocked);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return new Database(layout, lock, pool, backup, upkeep, writing);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw e;
        }
    }

    /**
     * The schema version this Quire writes: the highest migration, SQL or Java
     * ({@code DatabaseTest} keeps the two in step).
     */
    static final int SCHEMA_VERSION = 12;

    /** Migrations that SQL cannot express, by version, beside the {@code V<n>__*.sql} ones. */
    static final java.util.List<org.flywaydb.core.api.migration.JavaMigration> JAVA_MIGRATIONS =
            java.util.List.of(new SourceLayoutMigration());

    private static Path migrate(ProjectLayout layout, JdbcConnectionPool pool) {
        if (installedVersion(pool) == SCHEMA_VERSION) {
            // Up to date: skip Flyway's class-path scan and validation, which dominate opening time.
            return null;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .javaMigrations(JAVA_MIGRATIONS.toArray(org.flywaydb.core.api.migration.JavaMigration[]::new))
                .load();
        MigrationInfoService info = flyway.info();
        MigrationInfo[] applied = info.applied();
        MigrationVersion known = Arrays.stream(info.all())
                .filter(m -> m.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .orElseThrow();
        MigrationInfo newest = applied.length == 0 ? null : applied[applied.length - 1];
        if (newest != null && newest.getVersion().compareTo(known) > 0) {
            throw new QuireException("Project '" + layout.displayName() + "' was saved by a newer version of"
                    + " Quire (project schema " + newest.getVersion() + "; this Quire knows up to "
                    + known + "). Update Quire to open it; the project has not been changed.");
        }
        Path backup = null;
        if (newest != null && info.pending().length > 0) {
            backup = backup(layout, pool, newest.getVersion().getVersion());
        }
        // Each DDL statement commits on its own, and with WRITE_DELAY=0 every commit wrote and
        // synced a chunk of the file: most of the time of creating a project. The schema is
        // written with H2's usual delay and stored once at the end; a process killed before then
        // leaves the last stored version, which Flyway's history describes truly (a new project is
        // not yet handed to anyone; an upgrade was backed up first).
        setWriteDelay(pool, 1000);
        try {
            flyway.migrate();
        } finally {
            setWriteDelay(pool, 0);
        }
        return backup;
    }

    // Database-wide in H2 (SET WRITE_DELAY); CHECKPOINT stores what is pending when it goes back to 0.
    private static void setWriteDelay(JdbcConnectionPool pool, int millis) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY " + millis);
            if (millis == 0) {
                s.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        String line = message.strip().split("\\R", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** The schema version recorded in the project, or -1 when unknown (new, or anything unusual). */
    private static int installedVersion(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection()) {
            // A new database has no history table: ask before querying it rather than failing.
            try (java.sql.ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return -1;
                }
            }
            return recordedVersion(c);
        } catch (SQLException | NumberFormatException e) {
            return -1;
        }
    }

    private static int recordedVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROWS ONLY");
             java.sql.ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(2) ? Integer.parseInt(rs.getString(1)) : -1;
        }
    }

    /** An online backup with H2's BACKUP command: a zip of the database, consistent at this instant. */
    private static Path backup(ProjectLayout layout, JdbcConnectionPool pool, String fromVersion) {
        try {
            Files.createDirectories(layout.backups());
            Path zip = layout.backups().resolve("project-schema-v" + fromVersion + "-"
                    + BACKUP_STAMP.format(Instant.now()) + ".zip");
            try (Connection c = pool.getConnection();
                 PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
                ps.setString(1, zip.toString());
                ps.execute();
            }
            return zip;
        } catch (java.io.IOException | SQLException e) {
            throw new QuireException("Could not back up project '" + layout.displayName()
                    + "' before upgrading it, so it was not upgraded: " + e.getMessage(), e);
        }
    }

    public ProjectLayout layout() {
        return layout;
    }

    /** The backup taken before this open migrated the schema, or null when no migration ran. */
    public Path migrationBackup() {
        return migrationBackup;
    }

    /** Runs {@code work} as one transaction that changes the project, on behalf of {@code coder}. */
    public <T> T write(Coder coder, Function<Tx, T> work) {
        long upkeepBusy = upkeep == null ? 0 : upkeep.busySoFar();
        writeLock.lock();
        try {
            return inTransaction(coder, work);
        } finally {
            writeLock.unlock();
            if (upkeep != null) {
                upkeep.written();
                upkeep.afterWrite();
                FileUpkeep.actionOverlapped(upkeep.busySoFar() - upkeepBusy);
            }
        }
    }

    /** Runs {@code work} in a read-only transaction with a consistent view of the project. */
    public <T> T read(Function<Tx, T> work) {
        return inTransaction(null, work);
    }

    private static CodingChanges.Collector initialChanges() {
        CodingChanges.Collector all = new CodingChanges.Collector();
        all.everything();
        return all;
    }

    /**
     * A number that changes whenever a committed transaction added, renamed or removed a source.
     * Only this process can write the project (the lock file sees to that), so a value seen
     * unchanged means the list of sources and their names are as they were: a key for caches of it.
     */
    public long sourceListVersion() {
        return sourceListVersion.get();
    }

    private final TreeCache trees = new TreeCache();

    /**
     * The code book as last read, kept until a committed transaction changes a node. Read at
     * every document reload, search and query, it would otherwise be read and sorted each time
     * (thousands of rows at ten times a thesis).
     */
    static final class TreeCache {
        private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
        private volatile Cached cached;

        private record Cached(long version, org.quire.model.NodeTree tree) {
        }

        /** The tree of the current version, read with {@code read} when it is not kept. */
        org.quire.model.NodeTree get(java.util.function.Supplier<org.quire.model.NodeTree> read) {
            // The version is taken before reading: a change committed during the read makes the
            // next call read again, never keeps an older tree under a newer version.
            long v = version.get();
            Cached c = cached;
            if (c != null && c.version() == v) {
                return c.tree();
            }
            org.quire.model.NodeTree tree = read.get();
            cached = new Cached(v, tree);
            return tree;
        }

        void changed() {
            version.incrementAndGet();
            cached = null;
        }
    }

    /** The coding changes committed since the last call (see {@link CodingChanges}). */
    public CodingChanges takeCodingChanges() {
        synchronized (codingChanges) {
            return codingChanges.take();
        }
    }

    /**
     * A record of coding changes of its own, for a cache other than the node counts: each call of
     * the returned supplier gives the changes committed since its previous call (the first call:
     * everything). Independent of {@link #takeCodingChanges()} and of other feeds.
     */
    public java.util.function.Supplier<CodingChanges> codingChangeFeed() {
        CodingChanges.Collector feed = initialChanges();
        feeds.add(feed);
        return () -> {
            synchronized (feed) {
                return feed.take();
            }
        };
    }

    private <T> T inTransaction(Coder coder, Function<Tx, T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                CodingChanges.Collector touched = new CodingChanges.Collector();
                T result = work.apply(new Tx(c, coder, Instant.now(), touched, trees));
                c.commit();
                if (touched.sourcesChanged()) {
                    sourceListVersion.incrementAndGet();
                }
                if (touched.nodeListChanged()) {
                    trees.changed();
                }
                if (!touched.isEmpty()) {
                    synchronized (codingChanges) {
                        touched.drainInto(codingChanges);
                    }
                    for (CodingChanges.Collector feed : feeds) {
                        synchronized (feed) {
                            touched.drainInto(feed);
                        }
                    }
                }
                return result;
            } catch (RuntimeException | Error e) {
                // Why: after an OutOfMemoryError the rollback can fail too; the first failure is the one to tell.
                try {
                    c.rollback();
                } catch (SQLException | RuntimeException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * The most closing spends tidying the database file (decision 0009). H2's own compaction on
     * close stays off ({@code MAX_COMPACT_TIME=0}): cut off by its time bound, it left the file larger.
     * {@code -Dquire.upkeep.tidyMillis=0} closes without it, to measure the difference.
     */
    static final long CLOSE_TIDY_MS = Long.getLong("quire.upkeep.tidyMillis", 500);

    /** What the last tidy at close in this process did: the file's bytes before and after, its milliseconds and steps. */
    public record CloseTidy(long bytesBefore, long bytesAfter, long millis, long steps) {
    }

    /** The last tidy at close in this process (all zero before the first; for the session benchmark). */
    public static CloseTidy lastCloseTidy() {
        long[] t = FileUpkeep.lastTidy();
        return new CloseTidy(t[0], t[1], t[2], t[3]);
    }

    @Override
    public void close() {
        try {
            if (upkeep != null) {
                upkeep.close(CLOSE_TIDY_MS);
            }
            pool.dispose();
        } finally {
            lock.close();
        }
    }

    /**
     * Closes the database after rewriting its file with only the live pages (H2's
     * {@code SHUTDOWN COMPACT}: written beside the old file, then moved over it). H2 keeps the
     * space of superseded pages for reuse; after a very large transaction (a generated project, a
     * big exchange import) that can be most of the file. Call when no other work is running.
     */
    public void compactAndClose() {
        try {
            if (upkeep != null) {
                upkeep.close();
            }
            // On a connection of our own, not a pooled one: a pooled connection handed back after
            // SHUTDOWN rolls back on the closed database, and H2 reports that as an error. The
            // pool's idle connections then close quietly, their sessions already ended.
            java.util.Properties login = new java.util.Properties();
            login.setProperty("user", USER);
            login.setProperty("password", "");
            try (Connection c = org.h2.Driver.load().connect(layout.jdbcUrl(true), login);
                 java.sql.Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        } finally {
            close();
        }
    }
}
