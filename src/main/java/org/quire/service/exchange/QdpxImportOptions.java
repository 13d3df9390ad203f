package org.quire.service.exchange;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.quire.imports.refi.QdpxArchive;

/**
 * How to open a QDPX as a new project.
 *
 * @param maxProjectFileBytes the largest project file ({@code project.qde}, uncompressed) read;
 *                            larger ones are refused before parsing, naming the limit
 * @param externalFolder      the one folder files outside the archive ({@code relative://},
 *                            {@code absolute://} paths) may be read from, links resolved; null:
 *                            none are read, and the report lists each with its path
 * @param stopped             asked while the import runs; true stops it and leaves nothing behind
 */
public record QdpxImportOptions(long maxProjectFileBytes, Path externalFolder, BooleanSupplier stopped) {
    public QdpxImportOptions {
        if (maxProjectFileBytes <= 0) {
            throw new IllegalArgumentException("the project file limit must be positive");
        }
        stopped = stopped == null ? () -> false : stopped;
    }

    /** The default limit, nothing read from outside the archive, never stopped. */
    public static QdpxImportOptions defaults() {
        return new QdpxImportOptions(QdpxArchive.DEFAULT_MAX_PROJECT_FILE_BYTES, null, () -> false);
    }

    /** The default project-file limit, in MB, as the command line's option shows it. */
    public static long defaultMaxProjectFileMb() {
        return QdpxArchive.DEFAULT_MAX_PROJECT_FILE_BYTES >> 20;
    }

    public QdpxImportOptions allowingFilesIn(Path folder) {
        return new QdpxImportOptions(maxProjectFileBytes, folder, stopped);
    }

    public QdpxImportOptions withMaxProjectFileMb(long mb) {
        return new QdpxImportOptions(mb << 20, externalFolder, stopped);
    }

    public QdpxImportOptions stoppedWhen(BooleanSupplier when) {
        return new QdpxImportOptions(maxProjectFileBytes, externalFolder, when);
    }

    /** What the archive reader needs of these options. */
    public QdpxArchive.Options archiveOptions() {
        return new QdpxArchive.Options(maxProjectFileBytes, externalFolder);
    }
}
