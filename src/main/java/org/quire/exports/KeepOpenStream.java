package org.quire.exports;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through but only flushes on close: for libraries that close the stream they were
 * given (POI's {@code write}, XML writers) when the stream beneath must stay open — a channel still
 * to be forced, a zip with more entries to come.
 */
public final class KeepOpenStream extends FilterOutputStream {
    public KeepOpenStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
