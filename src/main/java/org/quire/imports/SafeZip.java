package org.quire.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads single entries of a ZIP container (an OpenDocument file) with the same zip-bomb limits
 * that POI applies to Word files: at most {@link ContainerProbe#MAX_ZIP_ENTRIES} entries, no entry
 * inflating more than {@value #MAX_RATIO}-fold (after a small grace), and no more than
 * {@value #MAX_TOTAL_BYTES} bytes inflated in all.
 */
public final class SafeZip implements AutoCloseable {
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    private static final long GRACE_BYTES = 1024 * 1024;

    private final Path file;
    private final ZipFile zip;
    private final long maxTotal;
    private long inflated;

    SafeZip(Path file) throws IOException {
        this(file, MAX_TOTAL_BYTES, ContainerProbe.MAX_ZIP_ENTRIES);
    }

    /**
     * @param maxTotal the most bytes all entries together may inflate to (a project archive with
     *                 its PDFs legitimately holds more than one document)
     * @param maxEntries the most entries the archive may list
     */
    public SafeZip(Path file, long maxTotal, int maxEntries) throws IOException {
        this.file = file;
        this.maxTotal = maxTotal;
        this.zip = new ZipFile(file.toFile());
        if (zip.size() > maxEntries) {
            zip.close();
            throw new ImportException(file, "the file holds " + zip.size() + " parts, more than " + maxEntries
                    + " — refused");
        }
    }

    /** The names of the entries, in the order the archive lists them. */
    public List<String> names() {
        List<String> names = new ArrayList<>(zip.size());
        zip.stream().forEach(e -> names.add(e.getName()));
        return names;
    }

    /**
     * The size an entry says it inflates to, or -1 when it does not say. A hostile archive can
     * lie here; {@link #open} enforces the limits on what is actually read.
     */
    public long size(String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? -1 : entry.getSize();
    }

    /**
     * The entry's declared size when it is within what the entry may inflate to, else -1: a size
     * worth sizing a buffer by, where a lying archive cannot make the reader allocate much.
     */
    public long plausibleSize(String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry == null || entry.getSize() < 0 || entry.getSize() > limit(entry) ? -1 : entry.getSize();
    }

    /** The entry's content as a stream that stops with an ImportException past the limits, or null. */
    public InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        return new Limited(zip.getInputStream(entry), limit(entry));
    }

    private long limit(ZipEntry entry) {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        return Math.min(maxTotal, compressed * MAX_RATIO + GRACE_BYTES);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private final class Limited extends CountingInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        protected void count(int n) {
            read += n;
            inflated += n;
            if (read > limit || inflated > maxTotal) {
                throw new ImportException(file, ImportFailures.ZIP_BOMB);
            }
        }
    }
}
