package org.quire.service.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.quire.imports.ImportLimits;
import org.quire.imports.ImportedText;
import org.quire.imports.Importers;
import org.quire.imports.TextNormalizer;
import org.quire.imports.refi.OffsetConvention;
import org.quire.imports.refi.QdpxArchive;
import org.quire.imports.refi.Qde;
import org.quire.imports.refi.SourceFiles;
import org.quire.imports.refi.TextPositions;
import org.quire.imports.refi.Utf8Text;
import org.quire.model.CaseId;
import org.quire.model.CaseLink;
import org.quire.model.Coder;
import org.quire.model.MemoTarget;
import org.quire.model.NodeId;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.model.Words;
import org.quire.service.search.SearchIndex;
import org.quire.service.sources.TranscriptService;
import org.quire.store.CodingStore;
import org.quire.store.ProjectLayout;
import org.quire.store.SourceStore;
import org.quire.store.Tx;

/**
 * The sources of a REFI-QDA project with their selections and codings. Each text's offset
 * convention is detected on its own (see {@link TextPositions}); positions are converted before
 * the text is normalised. Originals (.docx, .pdf, or the .txt) are kept in {@code originals/}.
 */
final class RefiSources {
    /** A passage of an imported source. */
    record Passage(SourceId source, Span span) {
    }

    /** A source's text to convert, and its kept original; or, when it cannot be had, why not. */
    private record Loaded(TextPositions positions, Original original, SourceFiles.Location failed) {
        String format() {
            return original.format();
        }

        String checksum() {
            return original.checksum();
        }

        String originalFile() {
            return original.file();
        }
    }

    private final Tx tx;
    private final ProjectLayout layout;
    private final RefiFiles files;
    private final RefiReport.Builder report;
    private final RefiNotes notes;
    private final RefiVariables variables;
    private final Map<String, NodeId> codes;
    private final Function<String, Coder> coder;
    private final Map<String, String> folders;
    private final RefiService.Progress progress;
    private final BooleanSupplier stopped;
    private final OffsetConvention expected;
    private final Map<String, Source> byGuid = new HashMap<>();
    private final Map<String, Passage> selections = new HashMap<>();
    private final Map<NodeId, List<Passage>> coded = new HashMap<>();
    private final Map<String, List<Passage>> unknownCodes = new HashMap<>();
    private final Set<String> codingKeys = new HashSet<>();
    private final Map<String, Set<String>> namesByFolder = new HashMap<>();
    /** How many texts' positions were read each way, by the description of the way. */
    private final Map<String, Integer> conventions = new java.util.LinkedHashMap<>();
    private final RefiNames sourceGuids = new RefiNames();
    private final RefiNames codingGuids = new RefiNames();
    private int codings;
    private int links;

    /** What the sources need from the rest of the import. */
    record Context(Tx tx, ProjectLayout layout, RefiFiles files, RefiReport.Builder report, RefiNotes notes,
                   RefiVariables variables, String origin, RefiService.Progress progress, BooleanSupplier stopped) {
    }

    RefiSources(Context c, Map<String, NodeId> codes, Function<String, Coder> coder, Map<String, String> folders) {
        this.tx = c.tx();
        this.layout = c.layout();
        this.files = c.files();
        this.report = c.report();
        this.notes = c.notes();
        this.variables = c.variables();
        this.progress = c.progress();
        this.stopped = c.stopped();
        this.expected = OffsetConvention.expectedFor(c.origin());
        this.codes = codes;
        this.coder = coder;
        this.folders = folders;
    }

    void importAll(List<Qde.Source> list) {
        int done = 0;
        for (Qde.Source s : list) {
            if (stopped.getAsBoolean()) {
                throw new CancellationException("the import was stopped");
            }
            importOne(s);
            progress.step("sources", ++done, list.size());
        }
        if (!byGuid.isEmpty()) {
            SearchIndex.bumpGeneration(tx);
        }
        report.carried("sources", byGuid.size());
        report.carried("codings", codings);
        conventions.forEach((c, n) -> report.warn(n + (n == 1 ? " text's" : " texts'") + " positions were read as "
                + c));
    }

    Source source(String guid) {
        return byGuid.get(guid);
    }

    Passage passage(String guid) {
        return selections.get(guid);
    }

    List<Passage> codedAt(NodeId node) {
        return coded.getOrDefault(node, List.of());
    }

    /** Passages coded at a GUID that is not a code (it may be a case); taken once. */
    List<Passage> takeCodedAtUnknown(String guid) {
        List<Passage> p = unknownCodes.remove(guid);
        return p == null ? List.of() : p;
    }

    void reportUnresolved() {
        report.dropped("codings at codes that are not in the code book",
                unknownCodes.values().stream().mapToInt(List::size).sum());
        report.carried("links of cases to sources and passages", links);
    }

    void link(CaseId c, SourceId source, Span span) {
        CaseLink link = new CaseLink(c, source, span);
        if (!tx.cases().linkExists(link)) {
            tx.cases().link(link);
            links++;
        }
    }

    private void importOne(Qde.Source s) {
        String label = "source '" + RefiNames.clean(s.name(), s.guid()) + "'";
        if (s.kind() == Qde.Kind.AUDIO || s.kind() == Qde.Kind.VIDEO) {
            report.dropped("audio and video sources with their transcripts (Quire holds text sources)", 1);
            report.dropped("selections in audio, video and their transcripts", s.otherSelections());
            return;
        }
        String guid = sourceGuids.guid(s.guid());
        Loaded loaded = load(s, guid, label);
        report.dropped("PDF-area and picture selections (Quire codes text)", s.otherSelections());
        if (loaded.positions() == null) {
            boolean picture = s.kind() == Qde.Kind.PICTURE && s.plainTextPath() == null && s.content() == null;
            report.dropped(picture ? "pictures without a text description (Quire holds text)"
                    : RefiFiles.leftOut(loaded.failed()), 1);
            report.dropped("text selections in sources that were left out", s.selections().size());
            return;
        }
        if (s.kind() == Qde.Kind.PICTURE) {
            report.dropped("pictures (only their text description is kept)", 1);
        }
        TextPositions positions = loaded.positions();
        TextPositions.Detection detection = positions.detect(s.selections(), expected);
        OffsetConvention convention = detection.convention();
        if (!detection.certain()) {
            report.warn(label + ": its positions could be counted in more than one way; " + detection.note()
                    + " — check a few coded passages");
        }
        if (positions.conventionsDiffer() && !s.selections().isEmpty()) {
            conventions.merge(positions.describe(convention), 1, Integer::sum);
        }
        // Every selection is converted before the text as written is let go.
        Bounds bounds = new Bounds(positions, convention);
        List<TextPositions.Mapped> mapped = new ArrayList<>(s.selections().size());
        for (Qde.Selection sel : s.selections()) {
            mapped.add(bounds.map(sel));
        }
        String text = positions.takeText();
        Source source = insert(s, guid, loaded, text);
        Coder creator = coder.apply(s.creatingUser());
        List<CodingStore.NewCoding> batch = new ArrayList<>();
        for (int i = 0; i < mapped.size(); i++) {
            Qde.Selection sel = s.selections().get(i);
            if (mapped.get(i) == null) {
                continue;
            }
            Passage p = new Passage(source.id(), mapped.get(i).span());
            selections.putIfAbsent(sel.guid(), p);
            Coder selCoder = sel.creatingUser() == null ? creator : coder.apply(sel.creatingUser());
            Instant at = sel.created() == null ? tx.now() : sel.created();
            for (Qde.Coding c : sel.codings()) {
                code(batch, c, p, selCoder, at);
            }
            notes.annotate(tx, source.id(), p.span(), sel.description(), selCoder, at);
            notes.attach(sel.noteRefs(), new RefiNotes.OnPassage(p.source(), p.span()));
        }
        if (!s.codings().isEmpty() && !text.isEmpty()) {
            Passage whole = new Passage(source.id(), new Span(0, text.length()));
            for (Qde.Coding c : s.codings()) {
                code(batch, c, whole, creator, s.created() == null ? tx.now() : s.created());
            }
        }
        tx.codings().insertBatch(batch);
        codings += batch.size();
        bounds.report(label, report);
        notes.attach(s.noteRefs(), new RefiNotes.OnMemo(new MemoTarget.OfSource(source.id())));
        notes.describe(tx, new MemoTarget.OfSource(source.id()), "Description", s.description(), creator);
        variables.setOnSource(source, s.values());
    }

    /**
     * Selections checked against the length of their text: empty ones and ones wholly past the end
     * are left out, ones reaching past the end are cut there, and the report says by how much.
     */
    private static final class Bounds {
        private final TextPositions positions;
        private final OffsetConvention convention;
        private final long length;
        private int empty;
        private int past;
        private long pastStart = -1;
        private int cut;
        private long cutEnd = -1;

        Bounds(TextPositions positions, OffsetConvention convention) {
            this.positions = positions;
            this.convention = convention;
            this.length = positions.length(convention);
        }

        TextPositions.Mapped map(Qde.Selection sel) {
            long start = Math.min(sel.start(), sel.end());
            long end = Math.max(sel.start(), sel.end());
            if (start == end) {
                empty++;
                return null;
            }
            if (start >= length || end <= 0) {
                past++;
                pastStart = Math.max(pastStart, start);
                return null;
            }
            TextPositions.Mapped m = positions.map(sel.start(), sel.end(), convention);
            if (m == null) {
                empty++;
            } else if (end > length) {
                cut++;
                cutEnd = Math.max(cutEnd, end);
            }
            return m;
        }

        void report(String label, RefiReport.Builder report) {
            report.dropped("empty text selections (they start and end at the same place)", empty);
            report.dropped("text selections that lie wholly past the end of their text", past);
            String has = String.format(Locale.ENGLISH, "the text has %,d characters%s", length,
                    positions.conventionsDiffer() ? ", counted as " + positions.describe(convention) : "");
            if (past > 0) {
                report.warn(String.format(Locale.ENGLISH, "%s: %d %s past the end of its text and %s left out"
                        + " (%s at %,d; %s)", label, past, past == 1 ? "selection lies" : "selections lie",
                        past == 1 ? "was" : "were", past == 1 ? "it starts" : "the last starts", pastStart, has));
            }
            if (cut > 0) {
                report.warn(String.format(Locale.ENGLISH, "%s: %d %s past the end of its text and %s cut there"
                        + " (%s at %,d; %s)", label, cut, cut == 1 ? "selection reaches" : "selections reach",
                        cut == 1 ? "was" : "were", cut == 1 ? "it ends" : "the furthest ends", cutEnd, has));
            }
        }
    }

    private void code(List<CodingStore.NewCoding> batch, Qde.Coding c, Passage p, Coder fallback, Instant at) {
        notes.attach(c.noteRefs(), new RefiNotes.OnPassage(p.source(), p.span()));
        NodeId node = c.codeGuid() == null ? null : codes.get(c.codeGuid());
        if (node == null) {
            if (c.codeGuid() != null) {
                unknownCodes.computeIfAbsent(c.codeGuid(), g -> new ArrayList<>()).add(p);
            } else {
                report.dropped("codings without a code reference", 1);
            }
            return;
        }
        if (!codingKeys.add(node.value() + ":" + p.source().value() + ":" + p.span())) {
            report.warn("the same passage was coded twice at the same code; kept once");
            return;
        }
        Coder who = c.creatingUser() == null ? fallback : coder.apply(c.creatingUser());
        batch.add(new CodingStore.NewCoding(codingGuids.guid(c.guid()), p.source(), node, p.span(), who.id(),
                c.created() == null ? at : c.created()));
        coded.computeIfAbsent(node, n -> new ArrayList<>()).add(p);
    }

    private Source insert(Qde.Source s, String guid, Loaded loaded, String text) {
        String folder = folders.getOrDefault(s.guid(), "");
        Set<String> names = namesByFolder.computeIfAbsent(folder, f -> new HashSet<>());
        String name = RefiNames.unique(RefiNames.clean(s.name(), fileName(s)), n -> names.contains(n.toLowerCase(Locale.ROOT)));
        names.add(name.toLowerCase(Locale.ROOT));
        Coder creator = coder.apply(s.creatingUser());
        Source source = tx.sources().insert(new SourceStore.NewSource(guid, name, folder, loaded.format(),
                loaded.format().equals("txt") ? "UTF-8" : null, loaded.checksum(), loaded.originalFile(),
                creator.id(), tx.now(), s.created(), text, Words.starts(text), TextNormalizer.paragraphsOf(text),
                List.of(), originalFileName(s)));
        tx.sources().addTimestamps(source.id(), TranscriptService.timestamps(text));
        byGuid.put(s.guid(), source);
        return source;
    }

    /**
     * The file the other program imported the source from, when the project names one (an
     * external path); a file packed inside the QDPX is named by a GUID, which tells nobody anything.
     */
    private static String originalFileName(Qde.Source s) {
        String path = s.path();
        if (path == null || path.startsWith("internal://")) {
            return null;
        }
        String name = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        return name.isBlank() ? null : name;
    }

    private static String fileName(Qde.Source s) {
        String path = s.plainTextPath() != null ? s.plainTextPath() : s.path() != null ? s.path() : "Source";
        String name = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The source's text and the original kept for it (the PDF, else a Word file, else the plain
     * text), each streamed from the archive into the project; on failure, the location that let it
     * down (null when the source names no file at all).
     */
    private Loaded load(Qde.Source s, String guid, String label) {
        SourceFiles.Location doc = s.kind() == Qde.Kind.PDF && s.path() != null
                ? files.locate(s.path(), label, "PDF") : null;
        SourceFiles.Location rich = s.richTextPath() == null ? null
                : files.locate(s.richTextPath(), label, QdpxArchive.extension(s.richTextPath()) + " file");
        SourceFiles.Location plain = s.content() != null || s.plainTextPath() == null ? null
                : files.locate(s.plainTextPath(), label, "text file");
        SourceFiles.Location keep = readable(doc) ? doc : readable(rich) && "docx".equals(kind(rich)) ? rich : null;
        // The original's format is what the element says it is, never taken from a name in the archive.
        String keptFormat = keep == doc ? "pdf" : "docx";
        try {
            if (s.content() != null) {
                Original original = keep != null ? keep(keep, guid, keptFormat)
                        : keep(new java.io.ByteArrayInputStream(s.content().getBytes(StandardCharsets.UTF_8)), guid);
                return new Loaded(TextPositions.of(s.content()), original, null);
            }
            if (readable(plain)) {
                Utf8Text.Decoded decoded;
                Original original;
                if (keep != null) {
                    original = keep(keep, guid, keptFormat);
                    decoded = files.read(plain);
                } else {
                    original = keep(plain, guid, "txt");
                    decoded = RefiFiles.read(layout.originals().resolve(original.file()));
                }
                if (decoded.malformed()) {
                    report.warn(label + ": its text file is not valid UTF-8; unreadable bytes were replaced with \uFFFD");
                }
                return new Loaded(TextPositions.of(decoded.text(), decoded.bom()), original, null);
            }
            SourceFiles.Location document = keep != null ? keep
                    : readable(rich) && Set.of("odt", "rtf").contains(kind(rich)) ? rich : null;
            if (document == null) {
                return new Loaded(null, null, plain != null ? plain : doc != null ? doc : rich);
            }
            return extracted(s, guid, label, document, document == keep ? keptFormat : kind(document));
        } catch (Utf8Text.TooLongException e) {
            report.warn(label + ": " + e.getMessage());
            return new Loaded(null, null, plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source with no plain text: its text is extracted from the document, as a file import would. */
    private Loaded extracted(Qde.Source s, String guid, String label, SourceFiles.Location document, String format)
            throws IOException {
        Original original = keep(document, guid, format);
        Path file = layout.originals().resolve(original.file());
        ImportedText text;
        try {
            text = Importers.standard().read(file, ImportLimits.DEFAULT);
        } catch (QuireException e) {
            Files.deleteIfExists(file);
            // The importer names the file it read, which is this import's own copy: name the source instead.
            String reason = String.valueOf(e.getMessage()).replace(file.getFileName() + ": ", "");
            report.warn(label + ": its " + format + " file cannot be read: " + reason);
            return new Loaded(null, null, document);
        }
        if (!s.selections().isEmpty()) {
            report.warn(label + ": no plain text came with it, so its text was extracted from the "
                    + format + "; its coded passages may be shifted");
        }
        return new Loaded(TextPositions.of(text.text()), original, null);
    }

    /** The original file kept in originals/, named by the source's GUID. */
    private record Original(String file, String format, String checksum) {
    }

    private Original keep(SourceFiles.Location at, String guid, String format) {
        String name = guid + "." + format;
        return new Original(name, format, files.copy(at, layout.originals().resolve(name)));
    }

    private Original keep(java.io.InputStream content, String guid) throws IOException {
        String name = guid + ".txt";
        return new Original(name, "txt", RefiFiles.copy(content, layout.originals().resolve(name)));
    }

    private static boolean readable(SourceFiles.Location at) {
        return at != null && at.readable();
    }

    /** The file's kind, from the name it has in the archive or on disk (the written path may lack one). */
    private static String kind(SourceFiles.Location at) {
        String name = at.entry() != null ? at.entry() : at.file() != null ? at.file().getFileName().toString()
                : at.written();
        String ext = QdpxArchive.extension(name);
        return ext.isEmpty() ? "txt" : ext;
    }
}
