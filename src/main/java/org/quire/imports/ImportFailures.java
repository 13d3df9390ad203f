package org.quire.imports;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.ZipException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Turns whatever a parsing library throws into an {@link ImportException} a researcher can read:
 * the file name and a plain reason, never a stack trace as the message (the cause is kept for the
 * log and a Details button).
 */
public final class ImportFailures {
    /** The reason given for a password-protected file. */
    public static final String ENCRYPTED = "encrypted — remove the password and import again";
    /** The reason given for an archive that inflates past the limits. */
    public static final String ZIP_BOMB = "the file expands to far more data than its size suggests"
            + " (a damaged or malicious archive) — refused";
    private static final int MAX_DETAIL = 160;

    private ImportFailures() {
    }

    /** Runs an extraction, translating every library failure into an ImportException. */
    static <T> T guard(Path file, Callable<T> extraction) throws IOException {
        try {
            return extraction.call();
        } catch (ImportException e) {
            throw e;
        } catch (TextBuilder.TextTooLongException e) {
            throw new ImportException(file, e.getMessage(), e);
        } catch (EncryptedDocumentException | InvalidPasswordException e) {
            throw new ImportException(file, ENCRYPTED, e);
        } catch (FileSystemException e) {
            // The disk or the permissions failed, not the file's content: let the caller say so.
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw damaged(file, e);
        }
    }

    /** 'the file is damaged or incomplete (…)', or a more specific reason when one is known. */
    static ImportException damaged(Path file, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ImportException known) {
                // A limit tripped deep inside a parser that wrapped it: keep our own message.
                return known;
            }
        }
        if (isZipBomb(e)) {
            return new ImportException(file, ZIP_BOMB, e);
        }
        return new ImportException(file, "the file is damaged or incomplete (" + detail(e) + ")", e);
    }

    static ImportException damaged(Path file, String detail) {
        return new ImportException(file, "the file is damaged or incomplete (" + detail + ")");
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static String detail(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof EOFException) {
            return "it ends sooner than its contents say";
        }
        if (root instanceof ZipException) {
            return "the ZIP container cannot be read";
        }
        if (root instanceof StackOverflowError) {
            return "its structure is nested too deeply";
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getMessage();
        }
        if (message == null || message.isBlank()) {
            return "unreadable content";
        }
        String firstLine = message.strip().lines().findFirst().orElse("").strip();
        return firstLine.length() > MAX_DETAIL ? firstLine.substring(0, MAX_DETAIL) + "…" : firstLine;
    }
}
