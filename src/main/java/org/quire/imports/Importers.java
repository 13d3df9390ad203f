package org.quire.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The importers Quire knows, and the choice among them for a file: by content first (magic bytes,
 * container entries), by extension for text formats that have no magic.
 */
public final class Importers {
    private final List<Importer> importers;

    public Importers(List<Importer> importers) {
        this.importers = List.copyOf(importers);
    }

    /** Every format this version of Quire reads. */
    public static Importers standard() {
        List<Importer> all = new ArrayList<>();
        // Content-recognising importers first: the first that recognises a file reads it.
        all.add(new PdfImporter());
        all.add(new DocxImporter());
        all.add(new OdtImporter());
        all.add(new DocImporter());
        all.add(new RtfImporter());
        all.add(new HtmlImporter());
        all.add(PlainTextImporter.text());
        all.add(PlainTextImporter.markdown());
        return new Importers(all);
    }

    public List<Importer> all() {
        return importers;
    }

    /** Whether a file name has an extension some importer reads (used to filter folder imports). */
    public boolean handlesExtension(Path file) {
        String ext = extension(file);
        return importers.stream().anyMatch(i -> i.extensions().contains(ext));
    }

    /**
     * Reads a file with the importer that fits it, after the checks every format shares: the file
     * exists, is not empty, is within the size limit, and its content matches its extension.
     */
    public ImportedText read(Path file, ImportLimits limits) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, "no such file");
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new ImportException(file, "the file is empty");
        }
        if (size > limits.maxFileBytes()) {
            throw new ImportException(file, "the file is " + mb(size) + ", over the import limit of "
                    + mb(limits.maxFileBytes()));
        }
        byte[] head = head(file);
        Importer chosen = choose(file, head);
        return chosen.read(file, limits);
    }

    Importer choose(Path file, byte[] head) throws IOException {
        String ext = extension(file);
        ContainerProbe.Kind container = ContainerProbe.of(file, head);
        if (container == ContainerProbe.Kind.ENCRYPTED_OOXML) {
            // Why: a password-protected .docx is an OLE2 file; without this it would be called a .doc.
            throw new ImportException(file, ImportFailures.ENCRYPTED);
        }
        if (container.damaged()) {
            throw ImportFailures.damaged(file, "its " + (FileSignature.ZIP.matches(head) ? "ZIP" : "Office")
                    + " container cannot be read; was it copied or downloaded completely?");
        }
        for (Importer importer : importers) {
            if (importer.recognises(file, head)) {
                // Content wins over the name: a report.doc that is really a .docx still imports.
                return importer;
            }
        }
        Importer byExt = byExtension(ext);
        if (byExt == null) {
            throw new ImportException(file, "unsupported file type" + (ext.isEmpty() ? "" : " '." + ext + "'")
                    + " — Quire imports " + supportedList());
        }
        FileSignature signature = FileSignature.of(head);
        if (signature != null && !byExt.recognises(file, head)) {
            String what = container.description() != null ? container.description() : signature.description();
            throw new ImportException(file, "the name says ." + ext + " but the content is " + what
                    + " — Quire cannot import it");
        }
        return byExt;
    }

    private Importer byExtension(String ext) {
        return importers.stream().filter(i -> i.extensions().contains(ext)).findFirst().orElse(null);
    }

    private String supportedList() {
        return String.join(", ", importers.stream().flatMap(i -> i.extensions().stream()).sorted()
                .map(e -> "." + e).toList());
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        }
    }

    private static String mb(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
