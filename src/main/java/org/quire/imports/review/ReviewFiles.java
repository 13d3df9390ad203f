package org.quire.imports.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quire.imports.SafeZip;
import org.quire.model.QuireException;

/**
 * Reads a commented export back, whichever of the three kinds it is, told by its content rather
 * than its name: the review page's saved comments (JSON), a Word report (.docx) or an Excel theme
 * matrix (.xlsx). Every refusal names the file and says why.
 */
public final class ReviewFiles {
    /** The largest review file read: a saved page is a few kilobytes, a report a few megabytes. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private ReviewFiles() {
    }

    public static ReviewFile read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new QuireException("Cannot import the review " + name + ": no such file");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new QuireException("Cannot import the review " + name + ": the file is empty");
            }
            if (size > MAX_BYTES) {
                throw new QuireException("Cannot import the review " + name + ": the file is too large to be a review");
            }
            byte[] head = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, 4);
            }
            if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
                try (SafeZip zip = new SafeZip(file, MAX_BYTES * 4, 10_000)) {
                    if (zip.names().contains("word/document.xml")) {
                        return WordReview.read(zip, name);
                    }
                    if (zip.names().contains("xl/workbook.xml")) {
                        return ExcelReview.read(file, name);
                    }
                }
                throw new QuireException("Cannot import the review " + name + ": it is a ZIP file but neither a Word"
                        + " report nor an Excel workbook");
            }
            return PageReview.read(Files.readString(file), name);
        } catch (IOException e) {
            throw new QuireException("Cannot import the review " + name + ": " + e.getMessage(), e);
        }
    }
}
