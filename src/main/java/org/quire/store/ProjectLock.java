package org.quire.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.quire.model.QuireException;

/**
 * An operating-system lock on the project folder, held from open to close. A second process (or a
 * second open in the same process) is refused before it touches the database. The OS releases the
 * lock when a process dies, so a crash never leaves the project locked.
 */
final class ProjectLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static ProjectLock acquire(ProjectLayout layout) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new QuireException("Project '" + layout.displayName()
                        + "' is already open in another Quire window or process. Close it there first.");
            }
            String holder = "pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n";
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            return new ProjectLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new QuireException("Cannot lock project '" + layout.displayName() + "' at "
                    + layout.root() + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException("Could not release the project lock", e);
        }
    }
}
