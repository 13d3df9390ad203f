package org.quire.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file all at once or not at all: into a temporary file beside the target, forced to
 * disk, then moved over the target. A failure (or a crash) part-way leaves any earlier file of
 * that name untouched and no half-written file behind.
 */
public final class AtomicOutput {
    /** Writes the content to a stream; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Checks the target before any work is done, so a bad path fails fast with a clear reason. */
    public static Path check(Path target) {
        if (target == null || target.getFileName() == null) {
            throw new ExportFailure("No output file given");
        }
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (Files.isDirectory(file)) {
            throw new ExportFailure("Cannot write " + file + ": it is a folder; give a file name");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportFailure("Cannot write " + file + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new ExportFailure("Cannot write " + file + ": the folder " + folder + " is not writable");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new ExportFailure("Cannot write " + file + ": the existing file is read-only");
        }
        return file;
    }

    /** Writes {@code content} to {@code target}, replacing it only once the whole file is written. */
    public static Path write(Path target, Content content) {
        Path file = check(target);
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(new KeepOpenStream(out));
                out.flush();
                channel.force(true);
            }
            permissions(temp, file);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return file;
        } catch (AccessDeniedException e) {
            throw new ExportFailure("Cannot write " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new ExportFailure("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the export already failed with its own message; a stray .part file is the lesser harm
                }
            }
        }
    }

    // A temporary file is private to its owner; the export should be as readable as any file saved,
    // or keep the permissions of the file it replaces.
    private static void permissions(Path temp, Path file) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(file) ? Files.getPosixFilePermissions(file)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
}
