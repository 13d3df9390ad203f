package org.quire.imports.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quire.imports.ImportException;
import org.quire.imports.SafeZip;

/**
 * The files a REFI-QDA project's paths name, and the rule for reading them.
 *
 * <p>{@code internal://} paths, and paths with no scheme at all (qc 1.3 wrote {@code
 * plainTextPath="notes/a.txt"}), are entries of the archive, looked up ignoring case, in
 * {@code sources/} or by their bare name; they never reach the file system. {@code relative://},
 * {@code absolute://} and {@code file://} paths point outside the archive, and a crafted file could
 * use them to read anything the user can read. So they are not looked at unless the user named a
 * folder, and then only a file whose <em>real</em> path (links resolved, {@code ..} applied) lies
 * inside that folder is read. The file's own {@code basePath} is only a place to look, never a
 * widening of that folder.
 */
public final class SourceFiles {
    /** The largest file read from outside the archive. */
    static final long MAX_EXTERNAL_BYTES = 200L * 1024 * 1024;
    private static final Set<String> EXTERNAL_KINDS = Set.of("txt", "pdf", "docx", "rtf", "odt");

    /** Where a path led. */
    public enum Found {
        /** An entry of the archive. */
        ARCHIVE,
        /** A file outside the archive, inside the folder the user allowed. */
        EXTERNAL,
        /** Outside the archive while the user allowed no folder: not looked at. */
        NOT_ALLOWED,
        /** Outside the allowed folder (through {@code ..}, a link, or another place): refused. */
        REFUSED,
        /** In the allowed folder, but not a text or document file, or too large. */
        UNSUITABLE,
        /** Not in the archive (an internal path), or nowhere to be found in the allowed folder. */
        MISSING
    }

    /**
     * Where a path written in the project file leads.
     *
     * @param written as the project file wrote it
     * @param entry   the archive entry (ARCHIVE), else null
     * @param file    the real path read (EXTERNAL) or refused (REFUSED), else null
     * @param size    bytes, or -1 when unknown
     * @param detail  for the report: why it was refused or where it was looked for
     */
    public record Location(String written, Found found, String entry, Path file, long size, String detail) {
        public boolean readable() {
            return found == Found.ARCHIVE || found == Found.EXTERNAL;
        }

        /** Whether the path names a place outside the archive. */
        public boolean outside() {
            return entry == null;
        }
    }

    private final Path archive;
    private final SafeZip zip;
    private final String basePath;
    private final Path allowed;
    private final Map<String, String> byLowerName;
    private final Map<String, String> byLowerBaseName;
    private final List<String> externalReads = new ArrayList<>();

    SourceFiles(Path archive, SafeZip zip, String basePath, Path allowedFolder) {
        this.archive = archive;
        this.zip = zip;
        this.basePath = basePath == null || basePath.isBlank() ? null : basePath.strip();
        this.allowed = allowedFolder == null ? null : realFolder(archive, allowedFolder);
        List<String> names = zip == null ? List.of() : zip.names();
        this.byLowerName = QdpxArchive.byLowerName(names, false);
        this.byLowerBaseName = QdpxArchive.byLowerName(names, true);
    }

    private static Path realFolder(Path archive, Path folder) {
        try {
            Path real = folder.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new ImportException(archive, "the folder allowed for files outside the archive, " + folder
                        + ", is not a folder");
            }
            return real;
        } catch (IOException e) {
            throw new ImportException(archive, "the folder allowed for files outside the archive, " + folder
                    + ", does not exist");
        }
    }

    Location locate(String path) {
        String p = path == null ? "" : path.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.startsWith("internal:")) {
            return inArchive(p, p.substring("internal:".length()));
        }
        if (lower.startsWith("relative:")) {
            return relative(p, p.substring("relative:".length()).replaceFirst("^/+", ""));
        }
        if (lower.startsWith("absolute:") || lower.startsWith("file:")) {
            String rest = p.substring(p.indexOf(':') + 1).replaceFirst("^//", "");
            return absolute(p, osPath(rest));
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            return new Location(p, Found.MISSING, null, null, -1, "not a path to a file");
        }
        // No scheme: qc 1.3 wrote the path of the text inside its sources folder.
        return inArchive(p, p);
    }

    private Location inArchive(String written, String name) {
        String wanted = name.replace('\\', '/').replaceFirst("^(\\./|/)+", "").toLowerCase(Locale.ROOT);
        String entry = byLowerName.get("sources/" + wanted);
        if (entry == null) {
            entry = byLowerName.get(wanted);
        }
        if (entry == null) {
            entry = byLowerBaseName.get(wanted.substring(wanted.lastIndexOf('/') + 1));
        }
        if (entry == null || wanted.isEmpty()) {
            // The entry field names what was looked for, so the report can tell this from a path outside.
            return new Location(written, Found.MISSING, wanted, null, -1,
                    zip == null ? "only the project file was given, not its archive" : "not in the archive");
        }
        return new Location(written, Found.ARCHIVE, entry, null, zip.plausibleSize(entry), null);
    }

    private Location absolute(String written, String path) {
        if (allowed == null) {
            return notAllowed(written);
        }
        Path candidate;
        try {
            candidate = Path.of(path);
        } catch (InvalidPathException e) {
            return new Location(written, Found.MISSING, null, null, -1, "not a path on this computer");
        }
        if (!candidate.isAbsolute()) {
            return new Location(written, Found.MISSING, null, null, -1, "not a full path");
        }
        Location found = evaluate(written, candidate);
        return found != null ? found : missing(written, candidate.toString());
    }

    private Location relative(String written, String rel) {
        if (allowed == null) {
            return notAllowed(written);
        }
        List<Path> candidates = new ArrayList<>();
        try {
            if (basePath != null) {
                candidates.add(Path.of(osPath(basePath.replaceFirst("(?i)^(absolute|file):(//)?", ""))).resolve(rel));
            }
            candidates.add(allowed.resolve(rel));
            Path beside = archive.toAbsolutePath().getParent();
            if (beside != null) {
                candidates.add(beside.resolve(rel));
            }
        } catch (InvalidPathException e) {
            return new Location(written, Found.MISSING, null, null, -1, "not a path on this computer");
        }
        Location refused = null;
        for (Path candidate : candidates) {
            Location found = evaluate(written, candidate);
            if (found != null && found.readable()) {
                return found;
            }
            if (found != null && refused == null) {
                refused = found;
            }
        }
        return refused != null ? refused : missing(written, allowed.toString());
    }

    /** The candidate's verdict, or null when nothing is there. */
    private Location evaluate(String written, Path candidate) {
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | SecurityException e) {
            return null;
        }
        if (!real.startsWith(allowed)) {
            return new Location(written, Found.REFUSED, null, real, -1, "it leads to " + real
                    + ", outside the allowed folder " + allowed);
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return new Location(written, Found.UNSUITABLE, null, real, -1, "not a file");
        }
        String ext = QdpxArchive.extension(real.getFileName().toString());
        if (!EXTERNAL_KINDS.contains(ext)) {
            return new Location(written, Found.UNSUITABLE, null, real, -1, "not a text or document file");
        }
        long size;
        try {
            size = Files.size(real);
        } catch (IOException e) {
            return null;
        }
        if (size > MAX_EXTERNAL_BYTES) {
            return new Location(written, Found.UNSUITABLE, null, real, size, "larger than "
                    + QdpxArchive.mb(MAX_EXTERNAL_BYTES));
        }
        return new Location(written, Found.EXTERNAL, null, real, size, null);
    }

    private static Location notAllowed(String written) {
        return new Location(written, Found.NOT_ALLOWED, null, null, -1,
                "files outside the archive are read only from a folder the user allows");
    }

    private static Location missing(String written, String where) {
        return new Location(written, Found.MISSING, null, null, -1, "not found (looked in " + where + ")");
    }

    InputStream open(Location location) throws IOException {
        switch (location.found()) {
            case ARCHIVE -> {
                InputStream in = zip.open(location.entry());
                if (in == null) {
                    throw new NoSuchFileException(location.entry());
                }
                return in;
            }
            case EXTERNAL -> {
                // Why NOFOLLOW_LINKS: the real path was checked; a link swapped in since is not followed.
                InputStream in = Files.newInputStream(location.file(), LinkOption.NOFOLLOW_LINKS);
                externalReads.add(location.file().toString());
                return in;
            }
            default -> throw new IllegalStateException("not readable: " + location);
        }
    }

    List<String> externalReads() {
        return List.copyOf(externalReads);
    }

    // "/C:/PROJECT/x.mp4" is a Windows path written with a leading slash.
    private static String osPath(String p) {
        return p.matches("^/[A-Za-z]:.*") ? p.substring(1) : p;
    }
}
