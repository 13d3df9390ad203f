package org.quire.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that hands every number of bytes read to {@link #count}, which may throw to stop the
 * reading: how limits on what a file expands to are enforced while it streams.
 */
public abstract class CountingInputStream extends FilterInputStream {
    protected CountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    /** Called after each read with the number of bytes it returned. */
    protected abstract void count(int n);
}
