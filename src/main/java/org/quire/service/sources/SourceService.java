package org.quire.service.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.quire.imports.ImportException;
import org.quire.imports.ImportedText;
import org.quire.imports.Importers;
import org.quire.model.Coder;
import org.quire.model.FolderPath;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.model.Validation;
import org.quire.model.Words;
import org.quire.service.search.SearchIndex;
import org.quire.store.Database;
import org.quire.store.SourceStore;
import org.quire.store.Tx;

/** Importing, listing, reading, renaming and deleting sources. */
public final class SourceService {
    private final Database db;
    private final Coder coder;
    private final Importers importers;
    private final AttributeService attributes;
    private final SearchIndex index;

    public SourceService(Database db, Coder coder, Importers importers, AttributeService attributes, SearchIndex index) {
        this.db = db;
        this.coder = coder;
        this.importers = importers;
        this.attributes = attributes;
        this.index = index;
    }

    /**
     * Imports files and folders (folders recursively, keeping their sub-folders). One bad file never
     * stops the batch and leaves nothing behind; a file whose content is already in the project is
     * skipped as a duplicate.
     *
     * @param cancelled polled between files; once true the remaining files are reported CANCELLED
     */
    public List<ImportOutcome> importPaths(List<Path> paths, ImportOptions options, ImportProgress progress,
                                           BooleanSupplier cancelled) {
        Map<Path, String> files = new LinkedHashMap<>();
        for (Path p : paths) {
            collect(p, options.folder(), files);
        }
        return importer().run(files, options, progress, cancelled);
    }

    /**
     * As {@link #importPaths}, but a folder chosen comes in as a folder of the same name inside
     * {@code options.folder()} (dropping "Interviews" on the Sources pane gives a folder
     * "Interviews"), where {@code importPaths} puts a folder's contents straight into it.
     */
    public List<ImportOutcome> importAsFolders(List<Path> paths, ImportOptions options, ImportProgress progress,
                                               BooleanSupplier cancelled) {
        Map<Path, String> files = new LinkedHashMap<>();
        for (Path p : paths) {
            Path name = p.toAbsolutePath().normalize().getFileName();
            boolean folder = Files.isDirectory(p) && name != null;
            collect(p, folder ? join(options.folder(), FolderPath.normalize(name.toString())) : options.folder(), files);
        }
        return importer().run(files, options, progress, cancelled);
    }

    private void collect(Path path, String folder, Map<Path, String> files) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> !isHiddenOrTemporary(path.relativize(f)))
                        .sorted()
                        .forEach(f -> {
                            Path parent = path.relativize(f).getParent();
                            String sub = parent == null ? "" : parent.toString().replace('\\', '/');
                            files.put(f, join(folder, sub));
                        });
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new QuireException("Cannot read folder " + path + ": " + e.getMessage(), e);
            }
        } else {
            files.put(path, folder);
        }
    }

    // Office lock files (~$report.docx), .DS_Store and other dot-files are never research data.
    private static boolean isHiddenOrTemporary(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    /** Imports one file as one transaction; never throws for a problem with the file itself. */
    public ImportOutcome importOne(Path file, ImportOptions options) {
        return importer().one(file, options);
    }

    private FileImport importer() {
        return new FileImport(db, coder, importers, attributes, index);
    }

    static String uniqueName(Tx tx, String folder, String name) {
        String candidate = name;
        for (int n = 2; tx.sources().byFolderAndName(folder, candidate).isPresent(); n++) {
            String suffix = " (" + n + ")";
            candidate = (name.length() + suffix.length() > Validation.MAX_NAME
                    ? name.substring(0, Validation.MAX_NAME - suffix.length()) : name) + suffix;
        }
        return candidate;
    }

    public List<Source> list() {
        return db.read(tx -> tx.sources().all());
    }

    /** The first {@code limit} sources in reading order, without reading the others. */
    public List<Source> firstInReadingOrder(int limit) {
        return db.read(tx -> tx.sources().firstInReadingOrder(limit));
    }

    public Source get(SourceId id) {
        return db.read(tx -> tx.sources().get(id))
                .orElseThrow(() -> new QuireException("Source " + id + " no longer exists"));
    }

    /**
     * Finds a source by name, or by {@code folder/name} when names repeat across folders; names
     * are compared ignoring case.
     */
    public Source find(String ref) {
        return db.read(tx -> resolve(tx, ref));
    }

    static Source resolve(Tx tx, String ref) {
        String wanted = ref.strip();
        int slash = wanted.lastIndexOf('/');
        // A whole path first: "Day 1" is the top folder's source of that name even when another
        // folder has a "Day 1" too.
        var byPath = tx.sources().byFolderAndName(slash > 0 ? FolderPath.normalize(wanted.substring(0, slash)) : "",
                wanted.substring(slash + 1).strip());
        if (byPath.isPresent()) {
            return byPath.get();
        }
        List<Source> named = tx.sources().byName(wanted);
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            throw new QuireException("No source named '" + wanted + "' in this project");
        }
        throw new QuireException(named.size() + " sources are named '" + wanted + "'; give the folder too, e.g. '"
                + named.get(0).path() + "'");
    }

    public SourceText text(SourceId id) {
        return db.read(tx -> tx.sources().text(id));
    }

    /** The text of {@code span} of a source; a range outside the text is refused with a message. */
    public String extract(SourceId id, Span span) {
        return db.read(tx -> {
            Source source = tx.sources().get(id).orElseThrow(() -> new QuireException("Source " + id + " no longer exists"));
            SourceText text = tx.sources().text(id);
            return text.extract(Validation.span(source.name(), text, span));
        });
    }

    public Source rename(SourceId id, String newName) {
        String name = Validation.name("Source", newName);
        return db.write(coder, tx -> {
            Source before = tx.sources().get(id).orElseThrow(() -> new QuireException("Source " + id + " no longer exists"));
            tx.sources().byFolderAndName(before.folder(), name).filter(o -> !o.id().equals(id)).ifPresent(o -> {
                throw new QuireException("There is already a source named '" + o.name() + "' in "
                        + (before.folder().isEmpty() ? "the top folder" : "folder '" + before.folder() + "'"));
            });
            tx.sources().rename(id, name);
            Source after = tx.sources().get(id).orElseThrow();
            tx.audit().record("source.rename", "source", after.guid(), "Renamed source '" + before.name() + "' to '"
                    + name + "'", before, after);
            return after;
        });
    }

    /** Deletes a source with its codings, annotations, memo and case links; the original file goes too. */
    public void delete(SourceId id) {
        long[] generation = new long[1];
        Source gone = db.write(coder, tx -> {
            generation[0] = SearchIndex.bumpGeneration(tx);
            Source s = tx.sources().get(id).orElseThrow(() -> new QuireException("Source " + id + " no longer exists"));
            int codings = tx.codings().bySource(id).size();
            SourceFolders.keep(tx, s.folder());
            tx.sources().delete(id);
            tx.audit().record("source.delete", "source", s.guid(), "Deleted source '" + s.path() + "' and its "
                    + codings + " codings", s, null);
            // A survey file is the original of every respondent's source: keep it while any remain.
            return tx.sources().countByOriginal(s.originalFile()) == 0 ? s : null;
        });
        index.deleted(id, generation[0]);
        if (gone != null) {
            deleteQuietly(db.layout().originals().resolve(gone.originalFile()));
        }
    }

    /** Where the original imported file is kept. */
    public Path originalFile(Source source) {
        return db.layout().originals().resolve(source.originalFile());
    }

    private static String join(String folder, String sub) {
        if (folder.isEmpty()) {
            return sub;
        }
        return sub.isEmpty() ? folder : folder + "/" + sub;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // an orphaned copy in originals/ is harmless; the database never refers to it
            }
        }
    }
}
