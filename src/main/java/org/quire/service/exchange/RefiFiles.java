package org.quire.service.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.quire.imports.refi.QdpxArchive;
import org.quire.imports.refi.SourceFiles;
import org.quire.imports.refi.Utf8Text;

/**
 * The files a REFI-QDA project names, as the import meets them: located in the archive or outside
 * it (under the security rule of {@link SourceFiles}), streamed into the new project's originals,
 * decoded as UTF-8, and every one that is not read reported with its path and the reason.
 */
final class RefiFiles {
    private final QdpxArchive archive;
    private final RefiReport.Builder report;
    private int notAllowed;

    RefiFiles(QdpxArchive archive, RefiReport.Builder report) {
        this.archive = archive;
        this.report = report;
    }

    /**
     * Where {@code path} leads; a path that cannot be read is reported here, naming {@code owner}
     * ("source 'Interview'") and {@code role} ("text file").
     */
    SourceFiles.Location locate(String path, String owner, String role) {
        SourceFiles.Location at = archive.locate(path);
        String what = "'" + at.written() + "' (" + role + " of " + owner + ")";
        switch (at.found()) {
            case ARCHIVE -> {
            }
            case EXTERNAL -> report.outside(what + ": read from " + at.file());
            case NOT_ALLOWED -> {
                notAllowed++;
                report.outside(what + ": not read");
            }
            case REFUSED -> report.outside(what + ": refused, " + at.detail());
            case UNSUITABLE -> report.outside(what + ": not read, " + at.detail() + " (" + at.file() + ")");
            case MISSING -> {
                if (at.outside()) {
                    report.outside(what + ": " + at.detail());
                } else {
                    report.warn(owner + ": its " + role + " '" + at.written() + "' is " + at.detail());
                }
            }
        }
        return at;
    }

    /** Says once, at the end, why files outside the archive were not read and how to allow them. */
    void finish() {
        if (notAllowed > 0) {
            report.warn(notAllowed + (notAllowed == 1 ? " file" : " files") + " outside the archive"
                    + (notAllowed == 1 ? " was" : " were") + " not read: Quire reads such files only from a folder"
                    + " you allow (--allow-external-sources DIR on the command line; the workbench asks), and only"
                    + " files whose real path lies inside it");
        }
    }

    /** Why a source whose file is at {@code at} could not be imported, as the report counts it. */
    static String leftOut(SourceFiles.Location at) {
        if (at == null) {
            return "sources with no text (no plain text, PDF or Word file named)";
        }
        return switch (at.found()) {
            case NOT_ALLOWED -> "sources whose files lie outside the archive (not read without your permission;"
                    + " listed under 'Files outside the archive')";
            case REFUSED -> "sources whose files lie outside the allowed folder (refused; listed under 'Files"
                    + " outside the archive')";
            case UNSUITABLE -> "sources whose files outside the archive are not text or documents, or too large";
            case MISSING -> at.outside() ? "sources whose files outside the archive were not found"
                    : "sources whose text is not in the archive (see the warnings)";
            case ARCHIVE, EXTERNAL -> "sources whose document could not be read (see the warnings)";
        };
    }

    /** Copies the file into {@code target} as it streams, returning its SHA-256. */
    String copy(SourceFiles.Location at, Path target) {
        try (InputStream in = archive.open(at)) {
            return copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String copy(InputStream in, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        MessageDigest sha = sha256();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The file's text, decoded from the archive (or the allowed folder) as it streams. */
    Utf8Text.Decoded read(SourceFiles.Location at) throws IOException {
        try (InputStream in = archive.open(at)) {
            return Utf8Text.read(in, at.size());
        }
    }

    /** A text file already copied into the project (its size is known exactly). */
    static Utf8Text.Decoded read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Utf8Text.read(in, Files.size(file));
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
