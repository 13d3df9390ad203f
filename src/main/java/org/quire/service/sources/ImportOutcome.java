package org.quire.service.sources;

import java.nio.file.Path;
import java.util.List;
import org.quire.model.Source;

/**
 * What happened to one file of an import.
 *
 * @param source  the new source (IMPORTED) or the existing one it duplicates (DUPLICATE), else null
 * @param message why it failed or was skipped, in words a researcher understands; null on success
 */
public record ImportOutcome(Path file, Status status, Source source, String message, List<String> warnings) {
    /** The per-file status shown in the import list. */
    public enum Status {
        IMPORTED, DUPLICATE, FAILED, CANCELLED
    }

    public ImportOutcome {
        warnings = List.copyOf(warnings);
    }
}
