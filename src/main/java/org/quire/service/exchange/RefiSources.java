package org.quire.service.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quire.imports.ImportLimits;
import org.quire.imports.ImportedText;
import org.quire.imports.Importers;
import org.quire.imports.TextNormalizer;
import org.quire.imports.refi.OffsetConvention;
import org.quire.imports.refi.Qde;
import org.quire.imports.refi.QdpxArchive;
import org.quire.imports.refi.TextPositions;
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
import org.quire.service.queries.Passage;
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

    private record Loaded(String text, byte[] original, String format) {
    }

    private final Tx tx;
    private final ProjectLayout layout;
    private final QdpxArchive archive;
    private final RefiReport.Builder report;
    private final RefiNotes notes;
    private final RefiVariables variables;
    private final Map<String, NodeId> codes;
    private final Function<String, Coder> coder;
    private final Map<String, String> folders;
    private final RefiService.Progress progress;
    private final OffsetConvention expected;
    private final Map<String, Source> byGuid = new HashMap<>();
    private final Map<String, Passage> selections = new HashMap<>();
    private final Map<NodeId, List<Passage>> coded = new HashMap<>();
    private final Map<String, List<Passage>> unknownCodes = new HashMap<>();
    private final Set<String> codingKeys = new HashSet<>();
    private final Map<String, Set<String>> namesByFolder = new HashMap<>();
    private final Map<OffsetConvention, Integer> conventions = new EnumMap<>(OffsetConvention.class);
    private final RefiNames sourceGuids = new RefiNames();
    private final RefiNames codingGuids = new RefiNames();
    private int codings;
    private int links;

    RefiSources(Tx tx, ProjectLayout layout, QdpxArchive archive, RefiReport.Builder report, RefiNotes notes,
                RefiVariables variables, Map<String, NodeId> codes, Function<String, Coder> coder, Map<String, String> folders, RefiService.Progress progress) {
        this.tx = tx;
        this.layout = layout;
        this.archive = archive;
        this.report = report;
        this.notes = notes;
        this.variables = variables;
        this.codes = codes;
        this.coder = coder;
        this.folders = folders;
        this.progress = progress;
        this.expected = OffsetConvention.expectedFor(archive.project().origin());
    }

    void importAll(List<Qde.Source> list) {
        int done = 0;
        for (Qde.Source s : list) {
            importOne(s);
            progress.step("sources", ++done, list.size());
        }
        if (!byGuid.isEmpty()) {
            SearchIndex.bumpGeneration(tx);
        }
        report.carried("sources", byGuid.size());
        report.carried("codings", codings);
        conventions.forEach((c, n) -> report.warn(n + (n == 1 ? " text's" : " texts'") + " positions were read as "
                + c.description()));
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
        Loaded loaded = load(s, label);
        if (loaded == null) {
            report.dropped("sources whose text is not in the archive (see the warnings)", 1);
            report.dropped("text selections in those sources", s.selections().size());
            return;
        }
        if (s.kind() == Qde.Kind.PICTURE) {
            report.dropped("pictures (only their text description is kept)", 1);
        }
        report.dropped("PDF-area and picture selections (Quire codes text)", s.otherSelections());
        TextPositions positions = TextPositions.of(loaded.text());
        TextPositions.Detection detection = positions.detect(s.selections(), expected);
        if (!detection.certain()) {
            report.warn(label + ": its positions could be counted in more than one way; " + detection.note()
                    + " — check a few coded passages");
        }
        if (positions.conventionsDiffer() && !s.selections().isEmpty()) {
            conventions.merge(detection.convention(), 1, Integer::sum);
        }
        Source source = insert(s, loaded, positions.text());
        Coder creator = coder.apply(s.creatingUser());
        List<CodingStore.NewCoding> batch = new ArrayList<>();
        int outside = 0;
        int clamped = 0;
        for (Qde.Selection sel : s.selections()) {
            TextPositions.Mapped mapped = positions.map(sel.start(), sel.end(), detection.convention());
            if (mapped == null) {
                outside++;
                continue;
            }
            clamped += mapped.clamped() ? 1 : 0;
            Passage p = new Passage(source.id(), mapped.span());
            selections.putIfAbsent(sel.guid(), p);
            Coder selCoder = sel.creatingUser() == null ? creator : coder.apply(sel.creatingUser());
            Instant at = sel.created() == null ? tx.now() : sel.created();
            for (Qde.Coding c : sel.codings()) {
                code(batch, c, p, selCoder, at);
            }
            notes.annotate(tx, source.id(), p.span(), sel.description(), selCoder, at);
            notes.attach(sel.noteRefs(), new RefiNotes.OnPassage(p.source(), p.span()));
        }
        if (!s.codings().isEmpty() && !positions.text().isEmpty()) {
            Passage whole = new Passage(source.id(), new Span(0, positions.text().length()));
            for (Qde.Coding c : s.codings()) {
                code(batch, c, whole, creator, s.created() == null ? tx.now() : s.created());
            }
        }
        tx.codings().insertBatch(batch);
        codings += batch.size();
        report.dropped("text selections that are empty or lie outside their text", outside);
        if (clamped > 0) {
            report.warn(label + ": " + clamped + " selections reached past the text and were cut at its end");
        }
        notes.attach(s.noteRefs(), new RefiNotes.OnMemo(new MemoTarget.OfSource(source.id())));
        notes.describe(tx, new MemoTarget.OfSource(source.id()), "Description", s.description(), creator);
        variables.setOnSource(source, s.values());
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

    private Source insert(Qde.Source s, Loaded loaded, String text) {
        String guid = sourceGuids.guid(s.guid());
        String folder = folders.getOrDefault(s.guid(), "");
        Set<String> names = namesByFolder.computeIfAbsent(folder, f -> new HashSet<>());
        String name = RefiNames.unique(RefiNames.clean(s.name(), fileName(s)), n -> names.contains(n.toLowerCase(Locale.ROOT)));
        names.add(name.toLowerCase(Locale.ROOT));
        String originalName = guid + "." + loaded.format();
        RefiImport.write(layout.originals().resolve(originalName), loaded.original());
        Coder creator = coder.apply(s.creatingUser());
        Source source = tx.sources().insert(new SourceStore.NewSource(guid, name, folder, loaded.format(),
                loaded.format().equals("txt") ? "UTF-8" : null, RefiImport.sha256(loaded.original()), originalName,
                creator.id(), tx.now(), s.created(), text, Words.starts(text), TextNormalizer.paragraphsOf(text),
                List.of()));
        tx.sources().addTimestamps(source.id(), TranscriptService.timestamps(text));
        byGuid.put(s.guid(), source);
        return source;
    }

    private static String fileName(Qde.Source s) {
        String path = s.plainTextPath() != null ? s.plainTextPath() : s.path() != null ? s.path() : "Source";
        String name = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The source's text and the original to keep; null when neither text nor document can be found. */
    private Loaded load(Qde.Source s, String label) {
        try {
            byte[] rich = s.richTextPath() == null ? null : archive.read(s.richTextPath());
            byte[] document = s.kind() == Qde.Kind.PDF && s.path() != null ? archive.read(s.path()) : null;
            String richExt = s.richTextPath() == null ? "" : extension(s.richTextPath());
            if (s.content() != null) {
                byte[] bytes = s.content().getBytes(StandardCharsets.UTF_8);
                return original(s.content(), bytes, rich, richExt, document);
            }
            byte[] plain = s.plainTextPath() == null ? null : archive.read(s.plainTextPath());
            if (plain != null) {
                return original(RefiImport.decode(plain, report, "source"), plain, rich, richExt, document);
            }
            if (s.plainTextPath() != null) {
                report.warn(label + ": its text file '" + s.plainTextPath() + "' is not in the archive");
            }
            byte[] doc = document != null ? document : rich;
            String ext = document != null ? "pdf" : richExt;
            if (doc != null && Set.of("pdf", "docx", "odt", "rtf").contains(ext)) {
                ImportedText extracted;
                try {
                    extracted = extract(doc, ext);
                } catch (QuireException e) {
                    report.warn(label + ": " + e.getMessage());
                    return null;
                }
                if (!s.selections().isEmpty()) {
                    report.warn(label + ": no plain text came with it, so its text was extracted from the "
                            + ext + "; its coded passages may be shifted");
                }
                return new Loaded(extracted.text(), doc, ext);
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Loaded original(String text, byte[] plain, byte[] rich, String richExt, byte[] pdf) {
        if (pdf != null) {
            return new Loaded(text, pdf, "pdf");
        }
        if (rich != null && "docx".equals(richExt)) {
            return new Loaded(text, rich, "docx");
        }
        return new Loaded(text, plain, "txt");
    }

    private ImportedText extract(byte[] bytes, String ext) throws IOException {
        Path tmp = Files.createTempFile("quire-refi-", "." + ext);
        try {
            Files.write(tmp, bytes);
            return Importers.standard().read(tmp, ImportLimits.DEFAULT);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
