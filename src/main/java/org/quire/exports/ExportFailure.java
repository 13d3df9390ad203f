package org.quire.exports;

import org.quire.model.QuireException;

/** An export that could not be written; the message names the file and the reason. */
public final class ExportFailure extends QuireException {
    public ExportFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportFailure(String message) {
        super(message);
    }
}
