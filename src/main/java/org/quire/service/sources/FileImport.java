package org.quire.service.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.quire.imports.ImportException;
import org.quire.imports.ImportedText;
import org.quire.imports.Importers;
import org.quire.model.Coder;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Validation;
import org.quire.model.Words;
import org.quire.service.search.SearchIndex;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.SourceStore;
import org.quire.store.Tx;

/**
 * Imports a list of files: each is read and checked on its own (one bad file never stops the
 * others), and the files that pass are stored in batches — one transaction and one index commit
 * per batch rather than per file. A file is reported imported only once its batch is committed, so
 * a killed process never loses a file it reported. Batches are kept small in time (a quarter of a
 * second of reading) so progress stays lively and a cancel is honoured quickly.
 */
final class FileImport {
    // Why batches: each commit writes and syncs a new chunk of the database file and a Lucene
    // commit point; per file, that was most of the cost of importing short notes.
    static final int MAX_FILES = 200;
    static final long MAX_WORDS = 200_000;
    static final long MAX_NANOS = 250_000_000L;
    /**
     * The first batch is small: the index analyses a batch's texts only once it is committed, so
     * until then the other cores wait (a first batch of 200,000 words kept them idle for a third
     * of an import of 300,000).
     */
    static final long FIRST_WORDS = 10_000;

    private final Database db;
    private final Coder coder;
    private final Importers importers;
    private final AttributeService attributes;
    private final SearchIndex index;

    FileImport(Database db, Coder coder, Importers importers, AttributeService attributes, SearchIndex index) {
        this.db = db;
        this.coder = coder;
        this.importers = importers;
        this.attributes = attributes;
        this.index = index;
    }

    /** A file read and checked, waiting for its batch to be stored. */
    private record Read(Path file, ImportOptions options, ImportedText imported, String checksum, Instant modified) {
    }

    /** One file's place in a batch: read and waiting, or already decided (failed while reading). */
    private record Pending(Read read, ImportOutcome decided) {
    }

    /** Imports {@code files} (file → folder in the project), reporting each after its batch commits. */
    List<ImportOutcome> run(Map<Path, String> files, ImportOptions options, ImportProgress progress,
                            BooleanSupplier cancelled) {
        List<ImportOutcome> outcomes = new ArrayList<>(files.size());
        int total = files.size();
        index.beforeImport();
        List<Pending> batch = new ArrayList<>();
        long words = 0;
        long started = 0;
        for (Map.Entry<Path, String> e : files.entrySet()) {
            if (cancelled.getAsBoolean()) {
                flush(batch, outcomes, progress, total);
                ImportOutcome skipped = new ImportOutcome(e.getKey(), ImportOutcome.Status.CANCELLED, null,
                        "import cancelled", List.of());
                outcomes.add(skipped);
                progress.fileDone(outcomes.size(), total, skipped);
                continue;
            }
            if (batch.isEmpty()) {
                started = System.nanoTime();
                words = 0;
            }
            Pending p = read(e.getKey(), options.withFolder(e.getValue()));
            batch.add(p);
            if (p.read() != null) {
                // An estimate (about six characters a word) is enough to bound a batch.
                words += p.read().imported().text().length() / 6;
            }
            if (batch.size() >= MAX_FILES || words >= (outcomes.isEmpty() ? FIRST_WORDS : MAX_WORDS)
                    || System.nanoTime() - started >= MAX_NANOS) {
                flush(batch, outcomes, progress, total);
            }
        }
        flush(batch, outcomes, progress, total);
        return outcomes;
    }

    /** Imports one file as its own transaction. */
    ImportOutcome one(Path file, ImportOptions options) {
        List<Pending> batch = new ArrayList<>(List.of(read(file, options)));
        List<ImportOutcome> out = new ArrayList<>(1);
        flush(batch, out, ImportProgress.NONE, 1);
        return out.get(0);
    }

    private Pending read(Path file, ImportOptions options) {
        try {
            ImportedText imported = importers.read(file, options.limits());
            if (imported.text().isBlank()) {
                throw new ImportException(file, "no text found in the file");
            }
            return new Pending(new Read(file, options, imported, SourceService.sha256(file),
                    Files.getLastModifiedTime(file).toInstant()), null);
        } catch (QuireException | IOException e) {
            return new Pending(null, failed(file, e));
        }
    }

    private static ImportOutcome failed(Path file, Exception e) {
        String message = e instanceof QuireException ? e.getMessage() : file.getFileName() + ": " + e.getMessage();
        return new ImportOutcome(file, ImportOutcome.Status.FAILED, null, message, List.of());
    }

    /** Stores the batch's readable files, then reports every file of the batch in order. */
    private void flush(List<Pending> batch, List<ImportOutcome> outcomes, ImportProgress progress, int total) {
        if (batch.isEmpty()) {
            return;
        }
        List<Read> reads = batch.stream().filter(p -> p.read() != null).map(Pending::read).toList();
        Map<Read, ImportOutcome> stored = reads.isEmpty() ? Map.of() : storeOrSplit(reads);
        for (Pending p : batch) {
            ImportOutcome outcome = p.decided() != null ? p.decided() : stored.get(p.read());
            outcomes.add(outcome);
            progress.fileDone(outcomes.size(), total, outcome);
        }
        batch.clear();
    }

    /**
     * Stores the files in one transaction; when that fails for a reason of the database, each file
     * is tried alone so that the one at fault is reported and the others still go in.
     */
    private Map<Read, ImportOutcome> storeOrSplit(List<Read> reads) {
        try {
            return store(reads);
        } catch (QuireException e) {
            if (reads.size() == 1) {
                return Map.of(reads.get(0), failed(reads.get(0).file(), e));
            }
            Map<Read, ImportOutcome> out = new IdentityHashMap<>();
            for (Read r : reads) {
                out.putAll(storeOrSplit(List.of(r)));
            }
            return out;
        }
    }

    private Map<Read, ImportOutcome> store(List<Read> reads) {
        // Files whose content is already in the project are not copied at all.
        Map<String, Source> known = new HashMap<>();
        db.read(tx -> {
            for (Read r : reads) {
                tx.sources().byChecksum(r.checksum()).stream().findFirst().ifPresent(s -> known.put(r.checksum(), s));
            }
            return null;
        });
        // Keyed by identity: two reads may be equal records (the same file named twice).
        Map<Read, Path> originals = new IdentityHashMap<>();
        Map<Read, String> originalNames = new IdentityHashMap<>();
        Map<Read, String> guids = new IdentityHashMap<>();
        try {
            for (Read r : reads) {
                if (!known.containsKey(r.checksum())) {
                    String guid = Guids.next();
                    String ext = SourceService.extension(r.file());
                    String name = ext.isEmpty() ? guid : guid + "." + ext;
                    Files.createDirectories(db.layout().originals());
                    Path original = db.layout().originals().resolve(name);
                    originals.put(r, original);
                    Files.copy(r.file(), original, StandardCopyOption.COPY_ATTRIBUTES);
                    originalNames.put(r, name);
                    guids.put(r, guid);
                }
            }
        } catch (IOException e) {
            originals.values().forEach(SourceService::deleteQuietly);
            throw new QuireException("Cannot copy into the project's originals folder: " + e.getMessage(), e);
        }
        long[] generation = {-1};
        Map<Read, ImportOutcome> out;
        try {
            out = db.write(coder, tx -> {
                Map<Read, ImportOutcome> result = new IdentityHashMap<>();
                for (Read r : reads) {
                    // Checked again inside the transaction: the same content may come twice in one batch.
                    Source same = tx.sources().byChecksum(r.checksum()).stream().findFirst().orElse(null);
                    if (same != null) {
                        result.put(r, new ImportOutcome(r.file(), ImportOutcome.Status.DUPLICATE, same,
                                "already imported as '" + same.path() + "' (same content)", r.imported().warnings()));
                    } else {
                        Source s = insert(tx, r, guids.get(r), originalNames.get(r));
                        result.put(r, new ImportOutcome(r.file(), ImportOutcome.Status.IMPORTED, s, null,
                                r.imported().warnings()));
                    }
                }
                if (result.values().stream().anyMatch(o -> o.status() == ImportOutcome.Status.IMPORTED)) {
                    generation[0] = SearchIndex.bumpGeneration(tx);
                }
                return result;
            });
        } catch (RuntimeException e) {
            originals.values().forEach(SourceService::deleteQuietly);
            throw e;
        }
        List<SearchIndex.Added> added = new ArrayList<>();
        out.forEach((r, o) -> {
            if (o.status() == ImportOutcome.Status.IMPORTED) {
                added.add(new SearchIndex.Added(o.source().id(), r.imported().text(), r.imported().paragraphs()));
            } else {
                SourceService.deleteQuietly(originals.get(r));
            }
        });
        if (!added.isEmpty()) {
            index.added(added, generation[0]);
        }
        return out;
    }

    private Source insert(Tx tx, Read r, String guid, String originalName) {
        ImportedText imported = r.imported();
        ImportOptions options = r.options();
        // Named after the file, as the researcher named it: a document's title metadata is often a
        // template's ("Field note"), which would give many sources the same name.
        String baseName = SourceService.stripExtension(r.file().getFileName().toString());
        String name = SourceService.uniqueName(tx, options.folder(), Validation.name("Source", truncate(baseName)));
        Source source = tx.sources().insert(new SourceStore.NewSource(guid, name, options.folder(), imported.format(),
                imported.encoding(), r.checksum(), originalName, coder.id(), tx.now(), r.modified(), imported.text(),
                Words.starts(imported.text()), imported.paragraphs(), imported.pages(),
                r.file().getFileName().toString()));
        attributesFor(r.file(), r.modified(), options)
                .forEach((key, value) -> attributes.setSourceValue(tx, source, key, value));
        tx.sources().addTimestamps(source.id(), TranscriptService.timestamps(imported.text()));
        tx.audit().record("source.import", "source", source.guid(), "Imported '" + source.path() + "' ("
                + source.format() + ", " + source.wordCount() + " words)", null, source);
        return source;
    }

    private static Map<String, String> attributesFor(Path file, Instant modified, ImportOptions options) {
        Map<String, String> values = new LinkedHashMap<>();
        Path parent = file.toAbsolutePath().getParent();
        if (options.dataTypeFromFolder() && parent != null && parent.getFileName() != null) {
            values.put(ImportOptions.DATA_TYPE, parent.getFileName().toString());
        }
        if (options.dateFromFile()) {
            values.put(ImportOptions.DATE, LocalDate.ofInstant(modified, ZoneId.systemDefault()).toString());
        }
        // Values the user typed win over derived ones (attribute names compare ignoring case).
        values.keySet().removeIf(k -> options.attributes().keySet().stream().anyMatch(k::equalsIgnoreCase));
        values.putAll(options.attributes());
        return values;
    }

    private static String truncate(String name) {
        String oneLine = name.replaceAll("\\p{Cntrl}+", " ").strip();
        return oneLine.length() > Validation.MAX_NAME ? oneLine.substring(0, Validation.MAX_NAME).strip() : oneLine;
    }
}
