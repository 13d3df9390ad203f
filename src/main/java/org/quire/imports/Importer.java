package org.quire.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads one file format into normalised text with its structure. Implementations are stateless
 * and safe to share between threads. They never touch the project: the service stores what they
 * return, so a file that fails leaves nothing behind.
 */
public interface Importer {

    /** Short format name recorded on the source, e.g. "txt", "docx". */
    String format();

    /** File name extensions (lower case, no dot) this importer is chosen for. */
    Set<String> extensions();

    /**
     * Whether the file's first bytes are of this format (magic bytes, container entries). Text
     * formats, which have no magic, answer false and are chosen by extension.
     *
     * @param head up to the first 8 KiB of the file
     */
    boolean recognises(byte[] head);

    /**
     * Whether the file is of this format, with a look inside the file when its first 8 KiB cannot
     * tell (a .docx and an .odt are both ZIP containers; their directories say which). Importers of
     * container formats override this; the default asks {@link #recognises(byte[])}.
     *
     * @param head up to the first 8 KiB of the file
     * @throws IOException when the file system fails
     */
    default boolean recognises(Path file, byte[] head) throws IOException {
        return recognises(head);
    }

    /**
     * Reads the file.
     *
     * @throws ImportException with a message naming the file and the reason when it cannot be read
     * @throws IOException     when the file system fails
     */
    ImportedText read(Path file, ImportLimits limits) throws IOException;
}
