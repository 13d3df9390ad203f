package org.quire.imports.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipException;
import org.quire.imports.CountingInputStream;
import org.quire.imports.ImportException;
import org.quire.imports.ImportFailures;
import org.quire.imports.SafeZip;
import org.w3c.dom.Document;

/**
 * An opened {@code .qdpx} (or a bare {@code .qde}): the parsed project and the files it refers to.
 * Lenient where vendors differ (any one {@code *.qde} at the root, {@code sources/} in any case,
 * file names compared ignoring case, paths written without {@code internal://}); strict where input
 * is hostile: zip-bomb limits, a size limit on the project file checked before parsing, no DTDs,
 * and no file outside the archive read unless the user named a folder it must lie in
 * ({@link SourceFiles}).
 */
public final class QdpxArchive implements AutoCloseable {
    /** A project archive may hold thousands of sources, each with a text and an original. */
    private static final int MAX_ENTRIES = 200_000;
    /** What all entries together may inflate to: real projects carry many PDFs. */
    public static final long MAX_TOTAL_BYTES = 8L * 1024 * 1024 * 1024;
    /** The largest project file read unless the user raises the limit. */
    public static final long DEFAULT_MAX_PROJECT_FILE_BYTES = 200L * 1024 * 1024;
    /**
     * Heap a parsed project file takes per byte of XML (the DOM, the records read from it and the
     * schema check); measured at 5–6 on NVivo-shaped files of 45–50 MB, see docs/refi-qda.md.
     */
    static final int PARSE_BYTES_PER_XML_BYTE = 6;
    /** Heap a source text takes per byte while it is imported (measured 2.6–4); see docs/refi-qda.md. */
    static final int IMPORT_BYTES_PER_TEXT_BYTE = 4;
    private static final long BASELINE_BYTES = 64L * 1024 * 1024;

    /**
     * How to open an archive.
     *
     * @param maxProjectFileBytes the largest project file ({@code *.qde}, uncompressed) to parse
     * @param externalFolder      the only folder files outside the archive may be read from (their
     *                            real path, links resolved, must lie inside it); null: none are read
     */
    public record Options(long maxProjectFileBytes, Path externalFolder) {
        public static Options defaults() {
            return new Options(DEFAULT_MAX_PROJECT_FILE_BYTES, null);
        }
    }

    private final Path file;
    private final SafeZip zip;
    private final Qde.Project project;
    private final SourceFiles files;

    private QdpxArchive(Path file, SafeZip zip, Qde.Project project, Path externalFolder) {
        this.file = file;
        this.zip = zip;
        this.project = project;
        this.files = new SourceFiles(file, zip, project.basePath(), externalFolder);
    }

    /** Opens and parses a project with the default limits, reading nothing from outside the archive. */
    public static QdpxArchive open(Path file) throws IOException {
        return open(file, Options.defaults());
    }

    /**
     * Opens and parses a project.
     *
     * @throws ImportException naming the file and the reason when it is not a readable project or
     *                         is larger than the limits
     */
    public static QdpxArchive open(Path file, Options options) throws IOException {
        byte[] head = checkedHead(file);
        if (looksLikeXml(head)) {
            // A bare project.qde without its sources: still useful for its code book and notes.
            checkProjectFileSize(file, file.getFileName().toString(), Files.size(file), options);
            try (InputStream in = Files.newInputStream(file)) {
                return new QdpxArchive(file, null, parse(file, in), options.externalFolder());
            }
        }
        checkZip(file, head);
        SafeZip zip = null;
        try {
            zip = new SafeZip(file, MAX_TOTAL_BYTES, MAX_ENTRIES);
            List<String> names = zip.names();
            String qde = findQde(file, names);
            checkDeclaredSizes(file, zip, names);
            checkProjectFileSize(file, qde, zip.size(qde), options);
            Qde.Project project;
            try (InputStream in = new AtMost(zip.open(qde), options.maxProjectFileBytes(), file, qde, options)) {
                project = parse(file, in);
            }
            QdpxArchive archive = new QdpxArchive(file, zip, project, options.externalFolder());
            zip = null;
            return archive;
        } catch (ZipException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            throw new ImportException(file, m.contains("encrypt") ? ImportFailures.ENCRYPTED
                    : "the ZIP archive is damaged or incomplete; was it copied or downloaded completely?", e);
        } catch (java.io.EOFException e) {
            throw new ImportException(file, "the ZIP archive ends sooner than its contents say (truncated?)", e);
        } finally {
            if (zip != null) {
                zip.close();
            }
        }
    }

    /** The file's first bytes; refused when it is missing or empty. */
    private static byte[] checkedHead(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, "no such file");
        }
        byte[] head = head(file);
        if (head.length == 0) {
            throw new ImportException(file, "the file is empty");
        }
        return head;
    }

    private static void checkZip(Path file, byte[] head) {
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new ImportException(file, "not a REFI-QDA project: a .qdpx file is a ZIP archive, this one is not");
        }
    }

    private static String findQde(Path file, List<String> names) {
        List<String> root = names.stream().filter(n -> !n.contains("/") && n.toLowerCase(Locale.ROOT).endsWith(".qde"))
                .toList();
        if (root.isEmpty()) {
            throw new ImportException(file, "not a REFI-QDA project: the archive holds no .qde project file");
        }
        if (root.size() > 1) {
            // Why refuse: which one the other program meant cannot be known, and a silent pick
            // could import an older copy of the project.
            throw new ImportException(file, "the archive holds " + root.size() + " project files ("
                    + String.join(", ", root) + "); a REFI-QDA archive has exactly one, and which of these is"
                    + " the project cannot be told — refused");
        }
        return root.get(0);
    }

    /** Refuses an archive whose entries say they expand beyond the limit, before anything is parsed. */
    private static void checkDeclaredSizes(Path file, SafeZip zip, List<String> names) {
        long total = 0;
        for (String name : names) {
            total += Math.max(0, zip.size(name));
        }
        if (total > MAX_TOTAL_BYTES) {
            throw new ImportException(file, "its entries expand to " + mb(total) + ", more than the "
                    + mb(MAX_TOTAL_BYTES) + " Quire reads from one archive — refused");
        }
    }

    private static void checkProjectFileSize(Path file, String qde, long size, Options options) {
        if (size > options.maxProjectFileBytes()) {
            throw tooLarge(file, qde, mb(size), options);
        }
    }

    private static ImportException tooLarge(Path file, String qde, String size, Options options) {
        long limit = options.maxProjectFileBytes();
        return new ImportException(file, "the project file " + qde + " is " + size + ", larger than the limit of "
                + mb(limit) + " (reading it takes about " + PARSE_BYTES_PER_XML_BYTE + " times its size in memory);"
                + " to read it anyway, raise the limit (on the command line: --max-project-file MB)");
    }

    /**
     * The paths outside the archive ({@code relative://}, {@code absolute://}, {@code file://}) that
     * the project names for text, document, PDF and note files, read without building the whole
     * project (so a confirmation can list them before the import). Pictures, audio and video are
     * left out: their files are never read.
     *
     * @throws ImportException when the file is not a readable project
     */
    public static List<String> outsidePaths(Path file) throws IOException {
        byte[] head = checkedHead(file);
        if (looksLikeXml(head)) {
            try (InputStream in = Files.newInputStream(file)) {
                return RefiXml.outsidePaths(in, file);
            }
        }
        checkZip(file, head);
        try (SafeZip zip = new SafeZip(file, MAX_TOTAL_BYTES, MAX_ENTRIES);
             InputStream in = zip.open(findQde(file, zip.names()))) {
            return RefiXml.outsidePaths(in, file);
        } catch (ZipException e) {
            throw new ImportException(file, "the ZIP archive is damaged or incomplete", e);
        }
    }

    /**
     * Roughly how much heap importing this archive needs: its project file parsed, plus its
     * largest text. Read from the archive's directory only, so it works after an out-of-memory
     * error too.
     */
    public static long memoryNeeded(Path file) {
        long qde = 0;
        long largest = 0;
        try {
            if (looksLikeXml(head(file))) {
                qde = Files.size(file);
            } else {
                try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
                    var entries = z.entries();
                    while (entries.hasMoreElements()) {
                        var e = entries.nextElement();
                        String n = e.getName().toLowerCase(Locale.ROOT);
                        if (n.endsWith(".qde")) {
                            qde = Math.max(qde, e.getSize());
                        } else if (n.endsWith(".txt")) {
                            largest = Math.max(largest, e.getSize());
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return BASELINE_BYTES + qde * PARSE_BYTES_PER_XML_BYTE + largest * IMPORT_BYTES_PER_TEXT_BYTE;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    private static Qde.Project parse(Path file, InputStream xml) {
        Document doc;
        try {
            doc = RefiXml.parse(xml);
        } catch (RefiXml.BadXmlException e) {
            throw new ImportException(file, e.getMessage(), e);
        }
        String root = RefiXml.localName(doc.getDocumentElement());
        if (!"Project".equals(root)) {
            throw new ImportException(file, "not a REFI-QDA project: the XML's root element is <" + root
                    + ">, not <Project>");
        }
        List<String> warnings = new ArrayList<>();
        String ns = RefiXml.normalizeNamespace(doc, RefiXml.PROJECT_NS);
        if (ns != null) {
            warnings.add(ns);
        }
        QdeParser parser = new QdeParser();
        Qde.Project p;
        try {
            parser.checkDepth(doc.getDocumentElement());
            for (String error : RefiXml.validateProject(doc)) {
                warnings.add("schema: " + error);
            }
            p = parser.project(doc.getDocumentElement());
        } catch (QdeParser.TooDeepException e) {
            throw new ImportException(file, e.getMessage(), e);
        }
        warnings.addAll(p.warnings());
        return new Qde.Project(p.name(), p.origin(), p.basePath(), p.created(), p.creatingUser(), p.description(),
                p.users(), p.codes(), p.variables(), p.cases(), p.sources(), p.notes(), p.links(), p.sets(), p.graphs(),
                p.noteRefs(), p.duplicateGuids(), List.copyOf(warnings));
    }

    private static boolean looksLikeXml(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && head[i] == '<';
    }

    static String mb(long bytes) {
        return String.format(Locale.ENGLISH, "%,d MB", (bytes + (1 << 20) - 1) >> 20);
    }

    public Qde.Project project() {
        return project;
    }

    /** The archive file. */
    public Path file() {
        return file;
    }

    /** Where the file a source path names is, or why it is not read. */
    public SourceFiles.Location locate(String path) {
        return files.locate(path);
    }

    /** The content of a located file (in the archive, or outside it in the allowed folder). */
    public InputStream open(SourceFiles.Location location) throws IOException {
        return files.open(location);
    }

    /** Files read from outside the archive (in the allowed folder), for the import report. */
    public List<String> externalReads() {
        return files.externalReads();
    }

    /**
     * The extension of a path's last segment, lower case, when it is one to ten letters or digits;
     * "" otherwise. Safe to put in a file name: no separators, no dots.
     */
    public static String extension(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,10}") ? ext : "";
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }

    /** Stops reading past the project-file limit, for archives whose entries lie about their size. */
    private static final class AtMost extends CountingInputStream {
        private final long limit;
        private final Path file;
        private final String name;
        private final Options options;
        private long read;

        AtMost(InputStream in, long limit, Path file, String name, Options options) {
            super(in);
            this.limit = limit;
            this.file = file;
            this.name = name;
            this.options = options;
        }

        @Override
        protected void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(file, name, "more than " + mb(limit), options);
            }
        }
    }

    /** Lookups of entries by lower-case name, as {@link SourceFiles} needs them. */
    static Map<String, String> byLowerName(List<String> names, boolean baseNames) {
        Map<String, String> out = new HashMap<>();
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT);
            if (baseNames) {
                key = key.substring(key.lastIndexOf('/') + 1);
            }
            out.putIfAbsent(key, name);
        }
        return out;
    }
}
