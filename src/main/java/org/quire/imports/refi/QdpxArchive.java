package org.quire.imports.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import org.quire.imports.ImportException;
import org.quire.imports.ImportFailures;
import org.quire.imports.SafeZip;
import org.w3c.dom.Document;

/**
 * An opened {@code .qdpx} (or a bare {@code .qde}): the parsed project and the files it refers to.
 * Lenient where vendors differ (any one {@code *.qde} at the root, {@code sources/} in any case,
 * file names compared ignoring case); strict where input is hostile (zip-bomb limits, no DTDs).
 */
public final class QdpxArchive implements AutoCloseable {
    /** A project archive may hold thousands of sources, each with a text and an original. */
    private static final int MAX_ENTRIES = 200_000;
    private static final long MAX_TOTAL_BYTES = 8L * 1024 * 1024 * 1024;
    /** The largest file read from outside the archive (a relative:// or absolute:// path). */
    private static final long MAX_EXTERNAL_BYTES = 200L * 1024 * 1024;
    private static final Set<String> EXTERNAL_KINDS = Set.of("txt", "pdf", "docx", "rtf", "odt");

    private final Path file;
    private final SafeZip zip;
    private final Map<String, String> byLowerName = new HashMap<>();
    private final Map<String, String> byLowerBaseName = new HashMap<>();
    private final Qde.Project project;
    private final List<String> externalReads = new ArrayList<>();

    private QdpxArchive(Path file, SafeZip zip, Qde.Project project) {
        this.file = file;
        this.zip = zip;
        this.project = project;
        if (zip != null) {
            for (String name : zip.names()) {
                byLowerName.put(name.toLowerCase(Locale.ROOT), name);
                int slash = name.lastIndexOf('/');
                byLowerBaseName.putIfAbsent(name.substring(slash + 1).toLowerCase(Locale.ROOT), name);
            }
        }
    }

    /**
     * Opens and parses a project.
     *
     * @throws ImportException naming the file and the reason when it is not a readable project
     */
    public static QdpxArchive open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, "no such file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length == 0) {
            throw new ImportException(file, "the file is empty");
        }
        if (looksLikeXml(head)) {
            // A bare project.qde without its sources: still useful for its code book and notes.
            return new QdpxArchive(file, null, parse(file, readLimited(file)));
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new ImportException(file, "not a REFI-QDA project: a .qdpx file is a ZIP archive, this one is not");
        }
        SafeZip zip = null;
        try {
            zip = new SafeZip(file, MAX_TOTAL_BYTES, MAX_ENTRIES);
            String qde = findQde(file, zip.names());
            byte[] xml;
            try (InputStream in = zip.open(qde)) {
                xml = in.readAllBytes();
            }
            QdpxArchive archive = new QdpxArchive(file, zip, parse(file, xml));
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

    private static String findQde(Path file, List<String> names) {
        List<String> root = names.stream().filter(n -> !n.contains("/") && n.toLowerCase(Locale.ROOT).endsWith(".qde"))
                .toList();
        if (root.isEmpty()) {
            throw new ImportException(file, "not a REFI-QDA project: the archive holds no .qde project file");
        }
        if (root.size() > 1) {
            // The standard's own name wins when a writer added more than one.
            return root.stream().filter(n -> n.equalsIgnoreCase("project.qde")).findFirst()
                    .orElseThrow(() -> new ImportException(file, "the archive holds " + root.size()
                            + " .qde project files (" + String.join(", ", root) + "); exactly one is expected"));
        }
        return root.get(0);
    }

    private static Qde.Project parse(Path file, byte[] xml) {
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
        for (String error : RefiXml.validateProject(doc)) {
            warnings.add("schema: " + error);
        }
        QdeParser parser = new QdeParser();
        Qde.Project p = parser.project(doc.getDocumentElement());
        warnings.addAll(p.warnings());
        return new Qde.Project(p.name(), p.origin(), p.basePath(), p.created(), p.description(), p.users(), p.codes(),
                p.variables(), p.cases(), p.sources(), p.notes(), p.links(), p.sets(), p.graphs(), p.noteRefs(),
                List.copyOf(warnings));
    }

    private static boolean looksLikeXml(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && head[i] == '<';
    }

    private static byte[] readLimited(Path file) throws IOException {
        if (Files.size(file) > MAX_EXTERNAL_BYTES) {
            throw new ImportException(file, "the project file is larger than " + (MAX_EXTERNAL_BYTES >> 20) + " MB");
        }
        return Files.readAllBytes(file);
    }

    public Qde.Project project() {
        return project;
    }

    /** The archive file. */
    public Path file() {
        return file;
    }

    /** Files read from outside the archive (relative:// and absolute:// paths), for the import report. */
    public List<String> externalReads() {
        return List.copyOf(externalReads);
    }

    /**
     * The bytes of the file a source path names, or null when it cannot be found. Internal paths
     * are looked up in the archive ignoring case; relative and absolute paths on this computer.
     */
    public byte[] read(String path) throws IOException {
        if (path == null || path.isBlank()) {
            return null;
        }
        String p = path.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.startsWith("internal:")) {
            return readInternal(p.substring("internal:".length()).replaceFirst("^/+", ""));
        }
        Path local = local(p);
        if (local == null || !Files.isRegularFile(local)) {
            return null;
        }
        String ext = extension(local.getFileName().toString());
        if (!EXTERNAL_KINDS.contains(ext) || Files.size(local) > MAX_EXTERNAL_BYTES) {
            return null;
        }
        externalReads.add(local.toString());
        return Files.readAllBytes(local);
    }

    private byte[] readInternal(String name) throws IOException {
        if (zip == null) {
            return null;
        }
        String wanted = name.replace('\\', '/').toLowerCase(Locale.ROOT);
        String entry = byLowerName.get("sources/" + wanted);
        if (entry == null) {
            entry = byLowerName.get(wanted);
        }
        if (entry == null) {
            int slash = wanted.lastIndexOf('/');
            entry = byLowerBaseName.get(wanted.substring(slash + 1));
        }
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.open(entry)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** Where a relative:// or absolute:// path points on this computer, or null. */
    private Path local(String p) {
        String lower = p.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("absolute:")) {
                return Path.of(osPath(p.substring("absolute:".length()).replaceFirst("^//", "")));
            }
            if (lower.startsWith("relative:")) {
                String rel = p.substring("relative:".length()).replaceFirst("^/+", "");
                if (project.basePath() != null && !project.basePath().isBlank()) {
                    Path base = Path.of(osPath(project.basePath().replaceFirst("(?i)^absolute://", "")));
                    Path candidate = base.resolve(rel);
                    if (Files.isRegularFile(candidate)) {
                        return candidate;
                    }
                }
                // Why: the base path is often another computer's; try beside the archive too.
                Path beside = file.toAbsolutePath().getParent();
                return beside == null ? null : beside.resolve(rel);
            }
        } catch (InvalidPathException e) {
            return null;
        }
        return null;
    }

    // "/C:/PROJECT/x.mp4" is a Windows path written with a leading slash.
    private static String osPath(String p) {
        return p.matches("^/[A-Za-z]:.*") ? p.substring(1) : p;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
