package org.quire.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.quire.model.QuireException;

/**
 * A hidden folder beside a new project's folder, where the project is built and from which it is
 * moved into place in one rename only once it is complete. Until then the project's folder does not
 * exist, so a failure, Ctrl-C or a closed window can leave no half-made project: on failure the
 * folder is removed by {@link #close()}, and if the process is told to stop (a shutdown hook), the
 * work is asked to stop ({@link #stopping()}), given a few seconds to clean up, and the folder is
 * removed anyway.
 */
final class StagingFolder implements AutoCloseable {
    private static final long GRACE_SECONDS = 5;

    private final Path path;
    private final Path target;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private boolean moved;

    private StagingFolder(Path target) throws IOException {
        this.target = target;
        Path parent = target.getParent();
        Files.createDirectories(parent);
        this.path = Files.createDirectory(parent.resolve("." + target.getFileName() + ".importing-"
                + UUID.randomUUID().toString().substring(0, 8)));
        this.hook = new Thread(this::onShutdown, "quire-import-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Makes the hidden folder beside {@code target} (which must not exist, or be an empty folder). */
    static StagingFolder beside(Path target) {
        try {
            return new StagingFolder(target.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new QuireException("Cannot create the project beside " + target + ": " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    /** True once the process has been told to stop; the work should stop and let {@link #close()} clean up. */
    boolean stopping() {
        return stopping.get();
    }

    /** Moves the finished project into place: one rename, so it appears whole or not at all. */
    void moveIntoPlace() {
        try {
            if (Files.isDirectory(target)) {
                // An empty folder the user chose; a directory cannot be renamed over it everywhere.
                Files.delete(target);
            }
            try {
                Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(path, target);
            }
            moved = true;
        } catch (DirectoryNotEmptyException e) {
            throw new QuireException("Cannot create the project in " + target + ": something was put in that folder"
                    + " while the import ran", e);
        } catch (IOException e) {
            throw new QuireException("Cannot move the new project into " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes the folder unless the project was moved into place; the shutdown hook goes either way. */
    @Override
    public void close() {
        try {
            if (!moved) {
                deleteTree(path);
            }
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the process is already shutting down: the hook is running or has run
            }
        }
    }

    private void onShutdown() {
        stopping.set(true);
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!moved) {
            deleteTree(path);
        }
    }

    /** Best effort: what cannot be deleted (a file still open on Windows) stays, hidden. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // nothing more can be done here
        }
    }
}
