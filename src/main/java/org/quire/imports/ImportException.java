package org.quire.imports;

import java.nio.file.Path;
import org.quire.model.QuireException;

/** A file that cannot be imported; the message names the file and says why in plain words. */
public class ImportException extends QuireException {
    public ImportException(Path file, String reason) {
        super(file.getFileName() + ": " + reason);
    }

    public ImportException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
    }
}
