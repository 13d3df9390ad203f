package org.quire.model;

import java.time.Instant;

/**
 * An imported text with its metadata (the text itself is in {@link SourceText}, loaded on demand).
 *
 * @param folder       slash-separated folder path in the project, "" for the top level
 * @param format       the importer's format name, e.g. "txt", "docx", "pdf"
 * @param encoding     character encoding the original was decoded with, null for binary formats
 * @param checksum     SHA-256 of the original file, hex; used to skip re-imports of the same file
 * @param originalFile file name of the kept original, relative to the project's originals folder
 * @param length       length of the normalised text in UTF-16 code units
 * @param fileModifiedAt when the original file was last changed, as its file system said at import
 *                       (for typed-up field notes, usually the day they were written); may be null
 * @param fileName     the name of the file the source was imported from ("Interview 03.docx"), as
 *                     the researcher's file system showed it; null when not recorded
 */
public record Source(SourceId id, String guid, String name, String folder, String format,
                     String encoding, String checksum, String originalFile, Instant importedAt,
                     int wordCount, int length, Instant fileModifiedAt,
                     String fileName) {

    /** Folder and name, the way sources are addressed on the command line. */
    public String path() {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
