package org.quire.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.quire.imports.Importers;
import org.quire.imports.refi.QdpxArchive;
import org.quire.model.Coder;
import org.quire.model.QuireException;
import org.quire.model.Validation;
import org.quire.service.coding.AnnotationService;
import org.quire.service.coding.CodingAggregates;
import org.quire.service.coding.CodingService;
import org.quire.service.coding.CoverageService;
import org.quire.service.coding.SourceLists;
import org.quire.service.exchange.ExportService;
import org.quire.service.exchange.QdpxImportOptions;
import org.quire.service.exchange.RefiReport;
import org.quire.service.exchange.RefiService;
import org.quire.service.guide.GuideService;
import org.quire.service.memos.ActivityService;
import org.quire.service.memos.AuditService;
import org.quire.service.memos.MemoService;
import org.quire.service.method.ChecklistService;
import org.quire.service.method.PhaseService;
import org.quire.service.nodes.KeptWordStarts;
import org.quire.service.nodes.NodeService;
import org.quire.service.queries.MatrixService;
import org.quire.service.queries.QueryService;
import org.quire.service.review.ReviewChanges;
import org.quire.service.review.ReviewService;
import org.quire.service.search.SearchIndex;
import org.quire.service.search.SearchService;
import org.quire.service.search.WordFrequencyService;
import org.quire.service.sources.AttributeService;
import org.quire.service.sources.CaseService;
import org.quire.service.sources.SourceFolders;
import org.quire.service.sources.SourceService;
import org.quire.service.sources.TableImportService;
import org.quire.service.sources.TranscriptService;
import org.quire.service.themes.FrameworkService;
import org.quire.service.themes.ThemeMapService;
import org.quire.service.themes.ThemeMatrixService;
import org.quire.service.themes.ThemeService;
import org.quire.store.Database;
import org.quire.store.ProjectLayout;

/**
 * An open Quire project: the entry point both front ends use. Holds the project's lock from open
 * to {@link #close()}; every method of its services is one committed transaction.
 */
public final class Project implements AutoCloseable {
    private final Database db;
    private final Coder coder;
    private final SourceService sources;
    private final SourceFolders folders;
    private final NodeService nodes;
    private final CodingService codings;
    private final MemoService memos;
    private final AnnotationService annotations;
    private final AttributeService attributes;
    private final CaseService cases;
    private final ThemeService themes;
    private final AuditService audit;
    private final TableImportService tables;
    private final TranscriptService transcripts;
    private final SearchIndex index;
    private final SearchService search;
    private final WordFrequencyService words;
    private final QueryService queries;
    private final MatrixService matrices;
    private final ActivityService activity;
    private final ThemeMapService themeMap;
    private final CoverageService coverage;
    private final PhaseService phases;
    private final ChecklistService checklist;
    private final ThemeMatrixService themeMatrices;
    private final FrameworkService frameworks;
    private final ExportService exports;
    private final RefiService refi;
    private final GuideService guide;
    private final ReviewService reviews;
    private final ReviewChanges reviewChanges;

    private Project(Database db, String coderName, Importers importers) {
        this.db = db;
        // Registering the coder is the one write that has no coder yet.
        this.coder = db.write(null, tx -> tx.coders().getOrCreate(coderName));
        this.activity = new ActivityService(db, coder);
        this.attributes = new AttributeService(db, coder);
        this.index = new SearchIndex(db);
        this.sources = new SourceService(db, coder, importers, attributes, index);
        this.folders = new SourceFolders(db, coder);
        KeptWordStarts wordStarts = new KeptWordStarts();
        this.nodes = new NodeService(db, coder, wordStarts);
        this.codings = new CodingService(db, coder);
        this.memos = new MemoService(db, coder);
        this.annotations = new AnnotationService(db, coder);
        this.cases = new CaseService(db, coder);
        this.themes = new ThemeService(db, coder);
        this.audit = new AuditService(db);
        this.tables = new TableImportService(db, coder, attributes, index);
        this.transcripts = new TranscriptService(db, coder);
        this.search = new SearchService(db, coder, index, activity);
        // Both read nothing until first asked: opening the project costs no more.
        CodingAggregates aggregates = new CodingAggregates(db);
        SourceLists sourceLists = new SourceLists(db);
        this.words = new WordFrequencyService(db, index, aggregates, sourceLists);
        this.queries = new QueryService(db, coder, activity, aggregates, sourceLists);
        this.matrices = new MatrixService(db, activity, aggregates, wordStarts);
        this.themeMap = new ThemeMapService(db, coder, activity);
        this.coverage = new CoverageService(db, nodes, aggregates, sourceLists);
        this.phases = new PhaseService(db, activity, aggregates, sourceLists);
        this.checklist = new ChecklistService(db, coder, coverage, activity, aggregates, sourceLists);
        this.themeMatrices = new ThemeMatrixService(db, coder);
        this.frameworks = new FrameworkService(db, coder);
        this.reviews = new ReviewService(db, coder);
        this.reviewChanges = new ReviewChanges(db);
        this.exports = new ExportService(db, coder, new ExportService.Readers(nodes, codings, themes, themeMatrices,
                frameworks, matrices, words, checklist, reviews, reviewChanges));
        this.refi = new RefiService(db, coder);
        this.guide = new GuideService(db, coder, phases, activity);
    }

    /**
     * Creates a new project in {@code folder}, which must not exist or be empty.
     *
     * @param title a human title; defaults to the folder name
     */
    public static Project create(Path folder, String title, String coderName) {
        return create(folder, title, coderName, "en");
    }

    /**
     * The languages a project's text can be searched in with stemming (volunteers finds volunteer),
     * code → name; chosen when the project is created.
     */
    public static Map<String, String> languages() {
        return org.quire.index.IndexSchema.stemmedLanguages();
    }

    /**
     * Creates a project whose text is searched and counted in {@code language} (a code of
     * {@link #languages()}); a code not among them is refused by name.
     */
    public static Project create(Path folder, String title, String coderName, String language) {
        String lang = language == null ? "en" : language.strip().toLowerCase(java.util.Locale.ROOT);
        if (!languages().containsKey(lang)) {
            throw new QuireException("No language '" + language + "' for searching: choose one of "
                    + String.join(", ", languages().keySet()) + " (" + String.join(", ", languages().values()) + ")");
        }
        String coderChecked = Validation.name("Coder", coderName);
        ProjectLayout layout = new ProjectLayout(folder);
        try {
            if (Files.exists(layout.root())) {
                if (!Files.isDirectory(layout.root())) {
                    throw new QuireException("Cannot create a project at " + layout.root() + ": a file of that name exists");
                }
                try (Stream<Path> entries = Files.list(layout.root())) {
                    if (entries.findAny().isPresent()) {
                        throw new QuireException("Cannot create a project in " + layout.root()
                                + ": the folder is not empty");
                    }
                }
            }
            Files.createDirectories(layout.root());
            Files.createDirectories(layout.originals());
        } catch (IOException e) {
            throw new QuireException("Cannot create the project folder " + layout.root() + ": " + e.getMessage(), e);
        }
        Database db = Database.create(layout);
        try {
            Project project = new Project(db, coderChecked, Importers.standard());
            String name = title == null || title.isBlank() ? layout.displayName() : title.strip();
            db.write(project.coder, tx -> {
                tx.settings().put("title", name);
                tx.settings().put("guid", UUID.randomUUID().toString());
                tx.settings().put("language", lang);
                tx.settings().put("created_at", tx.now().toString());
                tx.settings().put("created_by", project.coder.guid());
                tx.audit().record("project.create", "project", null, "Created project '" + name + "'", null, null);
                return null;
            });
            return project;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Opens an existing project for {@code coderName}; refused when another process has it open. */
    public static Project open(Path folder, String coderName) {
        String coderChecked = Validation.name("Coder", coderName);
        Database db = Database.open(new ProjectLayout(folder));
        try {
            return new Project(db, coderChecked, Importers.standard());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** A project made from a QDPX (open; the caller closes it) and what the import did. */
    public record Imported(Project project, RefiReport report) {
    }

    /** As {@link #importQdpx(Path, Path, String, QdpxImportOptions, RefiService.Progress)} with the defaults. */
    public static Imported importQdpx(Path qdpx, Path folder, String coderName, RefiService.Progress progress) {
        return importQdpx(qdpx, folder, coderName, QdpxImportOptions.defaults(), progress);
    }

    /**
     * Creates a new project in {@code folder} (which must not exist, or be empty) from a QDPX, all
     * or nothing: the project is built in a hidden folder beside it and moved into place in one
     * rename when the import has finished. A failure, a stop (options or Ctrl-C) or running out of
     * memory leaves neither the project folder nor the hidden one behind.
     */
    public static Imported importQdpx(Path qdpx, Path folder, String coderName, QdpxImportOptions options,
                                      RefiService.Progress progress) {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
            throw new QuireException("Cannot import into " + folder + ": it " + (Files.isDirectory(target)
                    ? "is not empty" : "is a file") + "; choose a new folder for the project");
        }
        String coder = Validation.name("Coder", coderName);
        RefiReport report;
        StagingFolder staging = StagingFolder.beside(target);
        try (staging) {
            java.util.function.BooleanSupplier stopped = () -> staging.stopping() || options.stopped().getAsBoolean();
            try (QdpxArchive archive = QdpxArchive.open(qdpx, options.archiveOptions())) {
                progress.step("reading", 1, 1);
                try (Project project = Project.create(staging.path(), archive.project().name(), coder)) {
                    report = project.refi().importInto(archive, progress, stopped);
                }
            }
            if (stopped.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("the import was stopped");
            }
            staging.moveIntoPlace();
        } catch (OutOfMemoryError e) {
            throw outOfMemory(qdpx, e);
        } catch (IOException e) {
            throw new QuireException("Cannot read " + qdpx.getFileName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OutOfMemoryError || String.valueOf(t.getMessage()).contains("OutOfMemoryError")) {
                    throw outOfMemory(qdpx, e);
                }
            }
            throw hideStaging(e, qdpx, staging.path(), target);
        }
        return new Imported(Project.open(target, coder), report);
    }

    /** The message a researcher gets instead of a stack trace: which file, how much memory there was and is needed. */
    private static QuireException outOfMemory(Path qdpx, Throwable e) {
        long max = Runtime.getRuntime().maxMemory();
        long needed = QdpxArchive.memoryNeeded(qdpx);
        long gb = needed <= 0 ? 0 : (needed + (needed >> 2) + (1L << 30) - 1) >> 30;
        return new QuireException(String.format(java.util.Locale.ENGLISH, "Cannot import %s: Quire ran out of memory."
                + " It may use %,d MB here%s. Start it with more (for example JAVA_TOOL_OPTIONS=-Xmx%dg) and import"
                + " again; no project was created.", qdpx.getFileName(), max >> 20,
                needed <= 0 ? "" : needed > max ? String.format(java.util.Locale.ENGLISH, "; this file needs about"
                        + " %,d MB (its project file read whole, and its largest text)", needed >> 20)
                        : "; this file needs more than that", Math.max(gb, (max >> 30) + 2)), e);
    }

    /** Messages name the project folder the user chose, never the hidden one it was built in. */
    private static RuntimeException hideStaging(RuntimeException e, Path qdpx, Path staging, Path target) {
        String m = e.getMessage();
        if (m == null || !m.contains(staging.getFileName().toString())) {
            return e instanceof UncheckedIOException io ? new QuireException("Cannot import " + qdpx.getFileName()
                    + ": " + io.getCause().getMessage(), e) : e;
        }
        String clean = m.replace(staging.toString(), target.toString())
                .replace(staging.getFileName().toString(), target.getFileName().toString());
        return new QuireException(e instanceof QuireException ? clean : "Cannot import " + qdpx.getFileName() + ": "
                + clean, e);
    }

    /** The language the project's text is searched in (a code of {@link #languages()}). */
    public String language() {
        return db.read(tx -> tx.settings().get("language").orElse("en"));
    }

    public String title() {
        return db.read(tx -> tx.settings().get("title").orElse(db.layout().displayName()));
    }

    public String guid() {
        return db.read(tx -> tx.settings().get("guid").orElseThrow());
    }

    public Path folder() {
        return db.layout().root();
    }

    /** The backup taken before this open upgraded the project's schema, or null. */
    public Path migrationBackup() {
        return db.migrationBackup();
    }

    /** The person making changes in this session. */
    public Coder coder() {
        return coder;
    }

    public SourceService sources() {
        return sources;
    }

    /** The folders of the Sources pane, and moving sources between them. */
    public SourceFolders folders() {
        return folders;
    }

    /**
     * Rows of each list that {@link #firstScreen()} reads: more than the Sources pane and the code
     * book show at once on a tall screen.
     */
    public static final int FIRST_SCREEN_ROWS = 200;

    /**
     * Every source, every folder and the whole code book, in the order the workbench shows them.
     * The code book is read on a second thread while the sources are read on this one (each in its
     * own read transaction): at size M the two reads take about as long as each other, so this
     * waits for the longer, not for both.
     */
    public ProjectContents contents() {
        return bothAtOnce(() -> {
            List<org.quire.model.Source> all = sources.list();
            return new SourcePart(all, folders.list(all), true);
        }, nodes::tree, (s, tree) -> new ProjectContents(s.sources(), s.folders(), tree, true));
    }

    /**
     * What the workbench shows as soon as a project opens: every folder, the first
     * {@link #FIRST_SCREEN_ROWS} sources in reading order and the first {@value #FIRST_SCREEN_ROWS}
     * nodes of the code book depth first (each with its ancestors). Its cost does not grow with the
     * project: at ten times a thesis it is a few milliseconds where {@link #contents()} takes tens.
     * When the project has no more than that, the result is {@linkplain ProjectContents#complete()
     * complete}; otherwise the caller reads {@link #contents()} next and shows it in place.
     */
    public ProjectContents firstScreen() {
        return bothAtOnce(() -> {
            List<org.quire.model.Source> head = sources.firstInReadingOrder(FIRST_SCREEN_ROWS + 1);
            boolean all = head.size() <= FIRST_SCREEN_ROWS;
            return new SourcePart(all ? head : head.subList(0, FIRST_SCREEN_ROWS), folders.list(), all);
        }, () -> nodes.firstDepthFirst(FIRST_SCREEN_ROWS), (s, head) -> new ProjectContents(s.sources(),
                s.folders(), new org.quire.model.NodeTree(head.nodes()), s.all() && head.nodes().size() == head.total()));
    }

    private record SourcePart(List<org.quire.model.Source> sources, List<String> folders, boolean all) {
    }

    // Reads the code book on a second thread while this one reads the sources.
    private static <A, B> ProjectContents bothAtOnce(java.util.function.Supplier<A> sourceSide,
            java.util.concurrent.Callable<B> codeBookSide, java.util.function.BiFunction<A, B, ProjectContents> join) {
        java.util.concurrent.FutureTask<B> codeBook = new java.util.concurrent.FutureTask<>(codeBookSide);
        Thread.ofPlatform().name("quire-read-code-book").daemon().start(codeBook);
        A first = sourceSide.get();
        try {
            return join.apply(first, codeBook.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            codeBook.cancel(true);
            throw new QuireException("Stopped while reading the code book", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new QuireException("Cannot read the code book: " + e.getCause().getMessage(), e.getCause());
        }
    }

    public NodeService nodes() {
        return nodes;
    }

    public CodingService codings() {
        return codings;
    }

    public MemoService memos() {
        return memos;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public AttributeService attributes() {
        return attributes;
    }

    public CaseService cases() {
        return cases;
    }

    public ThemeService themes() {
        return themes;
    }

    public AuditService audit() {
        return audit;
    }

    /** Speaker turns and autocoding by speaker. */
    public TranscriptService transcripts() {
        return transcripts;
    }

    /** Survey (CSV, Excel) and attribute-sheet imports. */
    public TableImportService tables() {
        return tables;
    }

    /** Full-text search, keyword in context, coding from search results, and the search index. */
    public SearchService search() {
        return search;
    }

    /** Word frequency lists. */
    public WordFrequencyService words() {
        return words;
    }

    /** Coding queries and saved queries. */
    public QueryService queries() {
        return queries;
    }

    /** Matrix coding queries: nodes, cases or attribute values against each other. */
    public MatrixService matrices() {
        return matrices;
    }

    /**
     * The record of analysis work that changes nothing else (sources opened, matrices built, queries
     * run, exports made), which the phase tracker reads.
     */
    public ActivityService activity() {
        return activity;
    }

    /** The thematic map: boxes, typed links, saved positions, SVG and PNG export. */
    public ThemeMapService themeMap() {
        return themeMap;
    }

    /** Coding coverage per source and per node. */
    public CoverageService coverage() {
        return coverage;
    }

    /** Braun &amp; Clarke's six phases with what the project shows for each. */
    public PhaseService phases() {
        return phases;
    }

    /** The 15-point checklist: answers and evidence. */
    public ChecklistService checklist() {
        return checklist;
    }

    /** Theme matrices: each theme's extracts, with the analyst's notes and chosen quotations. */
    public ThemeMatrixService themeMatrices() {
        return themeMatrices;
    }

    /** Framework matrices: sources, cases or attribute values against themes, with cell summaries. */
    public FrameworkService frameworks() {
        return frameworks;
    }

    /** Excel, Word, HTML, CSV and JSON exports. */
    public ExportService exports() {
        return exports;
    }

    /** The guided path for students: the six phases, their steps, the sample's example, the gentle checks. */
    public GuideService guide() {
        return guide;
    }

    /** A supervisor's review comments brought back from the exports, with replies and resolutions. */
    public ReviewService reviews() {
        return reviews;
    }

    /** Review points, and what changed since one: themes, codes and checklist answers. */
    public ReviewChanges reviewChanges() {
        return reviewChanges;
    }

    /** REFI-QDA exchange: QDPX and QDC export, QDC import ({@link #importQdpx} makes a new project). */
    public RefiService refi() {
        return refi;
    }

    /**
     * Closes the project after rewriting its database file without the space that superseded
     * data left behind. Worth it after very large changes; takes about a second per 200 MB kept.
     *
     * @return the database file's size before and after, in bytes
     */
    public long[] compactAndClose() {
        Path file = db.layout().databaseFile();
        long before = sizeOf(file);
        if (closed) {
            throw new IllegalStateException("the project is closed");
        }
        closed = true;
        try {
            activity.close();
            index.close();
        } finally {
            db.compactAndClose();
        }
        return new long[] {before, sizeOf(file)};
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** Closing twice (compactAndClose inside try-with-resources) does nothing the second time. */
    private boolean closed;

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            activity.close();
            index.close();
        } finally {
            db.close();
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
