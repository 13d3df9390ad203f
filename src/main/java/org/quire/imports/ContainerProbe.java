package org.quire.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks inside ZIP and OLE2 containers to tell formats apart that share magic bytes: a .docx, an
 * OpenDocument text and an .xlsx all start with "PK"; a .doc, an .xls and a password-protected
 * .docx are all OLE2 files. Only the container's directory is read, never its contents.
 */
final class ContainerProbe {
    /** What a container holds. */
    enum Kind {
        NOT_A_CONTAINER(null),
        DOCX("a Word document (.docx)"),
        ODT("an OpenDocument text (.odt)"),
        XLSX("an Excel workbook (.xlsx)"),
        PPTX("a PowerPoint presentation (.pptx)"),
        OTHER_ODF("an OpenDocument spreadsheet, presentation or drawing"),
        PLAIN_ZIP("a ZIP archive (not a Word or OpenDocument file)"),
        DAMAGED_ZIP("a damaged ZIP container"),
        DOC("an old-style Word document (.doc)"),
        ENCRYPTED_OOXML("a password-protected Office file"),
        XLS("an old-style Excel workbook (.xls)"),
        PPT("an old-style PowerPoint presentation (.ppt)"),
        OTHER_OLE2("an old-style Office file"),
        DAMAGED_OLE2("a damaged old-style Office file");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }

        boolean damaged() {
            return this == DAMAGED_ZIP || this == DAMAGED_OLE2;
        }
    }

    // Why: a real document has a few dozen entries; a directory of millions only costs memory.
    static final int MAX_ZIP_ENTRIES = 10_000;
    private static final String ODT_MIME = "application/vnd.oasis.opendocument.text";

    private ContainerProbe() {
    }

    static Kind of(Path file, byte[] head) throws IOException {
        if (FileSignature.ZIP.matches(head)) {
            return zip(file);
        }
        if (FileSignature.OLE2.matches(head)) {
            return ole2(file);
        }
        return Kind.NOT_A_CONTAINER;
    }

    private static Kind zip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean content = false;
            String mime = null;
            int count = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements() && count++ < MAX_ZIP_ENTRIES) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.equals("word/document.xml")) {
                    return Kind.DOCX;
                }
                if (name.startsWith("xl/")) {
                    return Kind.XLSX;
                }
                if (name.startsWith("ppt/")) {
                    return Kind.PPTX;
                }
                if (name.equals("content.xml")) {
                    content = true;
                }
                if (name.equals("mimetype")) {
                    mime = readSmall(zip, entry);
                }
            }
            if (mime != null && mime.startsWith("application/vnd.oasis.opendocument.")) {
                return mime.equals(ODT_MIME) || mime.equals(ODT_MIME + "-template") ? Kind.ODT : Kind.OTHER_ODF;
            }
            return content && mime == null ? Kind.ODT : Kind.PLAIN_ZIP;
        } catch (IOException | RuntimeException e) {
            return Kind.DAMAGED_ZIP;
        }
    }

    private static String readSmall(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(128), StandardCharsets.US_ASCII).strip();
        }
    }

    private static Kind ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
                return Kind.ENCRYPTED_OOXML;
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Kind.DOC;
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Kind.XLS;
            }
            if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
                return Kind.PPT;
            }
            return Kind.OTHER_OLE2;
        } catch (IOException | RuntimeException e) {
            return Kind.DAMAGED_OLE2;
        }
    }
}
