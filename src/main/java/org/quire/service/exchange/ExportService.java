package org.quire.service.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quire.analysis.ThemeFamilies;
import org.quire.exports.AtomicOutput;
import org.quire.exports.CodeBook;
import org.quire.exports.CsvExport;
import org.quire.exports.DocxExport;
import org.quire.exports.HtmlExport;
import org.quire.exports.JsonExport;
import org.quire.exports.Report;
import org.quire.exports.StreamedTable;
import org.quire.exports.Table;
import org.quire.exports.Tables;
import org.quire.exports.XlsxExport;
import org.quire.model.Coder;
import org.quire.model.FrameworkMatrix;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.QuireException;
import org.quire.model.ReviewAnchor;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeMatrix;
import org.quire.service.exchange.ExportOptions.Format;
import org.quire.service.exchange.ExportOptions.What;
import org.quire.service.coding.CodingService;
import org.quire.service.method.ChecklistService;
import org.quire.service.nodes.NodeService;
import org.quire.service.queries.MatrixAxis;
import org.quire.service.queries.MatrixResult;
import org.quire.service.queries.MatrixService;
import org.quire.service.queries.MatrixValue;
import org.quire.model.ReviewPoint;
import org.quire.service.review.ReviewChangeList;
import org.quire.service.review.ReviewChanges;
import org.quire.service.review.ReviewItem;
import org.quire.service.review.WordDiff;
import org.quire.service.review.ReviewService;
import org.quire.service.search.WordCount;
import org.quire.service.search.WordFrequency;
import org.quire.service.search.WordFrequencyService;
import org.quire.service.search.WordOptions;
import org.quire.service.themes.FrameworkService;
import org.quire.service.themes.ThemeData;
import org.quire.service.themes.ThemeMatrixService;
import org.quire.service.themes.ThemeService;
import org.quire.store.Database;

/**
 * Exports for people who never open the project: Excel workbooks, Word reports, a review page,
 * CSV and JSON. Every file is written atomically; each export made is noted in the audit trail.
 */
public final class ExportService {
    private static final java.util.concurrent.atomic.AtomicBoolean WARMED = new java.util.concurrent.atomic.AtomicBoolean();

    private static final long WARM_UP_AFTER_MS = 3_000;

    /**
     * Loads what the Excel and Word exports need on a low-priority daemon thread, once per process,
     * so that the first export of a session takes as long as the second (docs/performance.md,
     * "First use"), starting {@value #WARM_UP_AFTER_MS} ms after it is asked, when the project's
     * first screen is drawn. Returns at once; never blocks or fails the caller.
     */
    public static void warmUpInBackground() {
        if (WARMED.compareAndSet(false, true)) {
            // After the first screen: on two cores, loading POI beside the opening project delayed
            // the code book's first drawing (the priority of a thread is only a hint to the system).
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(WARM_UP_AFTER_MS);
                } catch (InterruptedException e) {
                    return;
                }
                org.quire.exports.Warmup.run();
            }, "quire-export-warmup");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    private static final int REPORT_ITEMS = 15;

    private static final Map<What, Set<Format>> SUPPORTED = Map.of(
            What.CODEBOOK, EnumSet.of(Format.XLSX, Format.DOCX, Format.CSV, Format.JSON),
            What.THEMES, EnumSet.of(Format.XLSX, Format.HTML, Format.CSV, Format.JSON),
            What.MATRIX, EnumSet.of(Format.XLSX, Format.CSV, Format.JSON),
            What.FRAMEWORK, EnumSet.of(Format.XLSX, Format.CSV, Format.JSON),
            What.REPORT, EnumSet.of(Format.DOCX, Format.HTML),
            What.WORDS, EnumSet.of(Format.XLSX, Format.CSV, Format.JSON),
            What.PASSAGES, EnumSet.of(Format.XLSX, Format.CSV));

    /** A matrix query as JSON: labels and every cell's three values, {@code [row][column]}. */
    public record MatrixQueryExport(List<String> rows, List<String> columns, int[][] references, int[][] sources,
                                    long[][] words) {
    }

    /** What the exports read, each from the capability that owns it. */
    public record Readers(NodeService nodes, CodingService codings, ThemeService themes, ThemeMatrixService themeMatrices,
                          FrameworkService frameworks, MatrixService matrices, WordFrequencyService words,
                          ChecklistService checklist, ReviewService reviews, ReviewChanges changes) {
    }

    /**
     * What a review export carries besides its content: the changes since the last review point
     * (null when there is none), the audit trail's position before the export read the project, and
     * each theme's own extracts as the export shows them (theme GUID → coding GUID → label), kept with
     * the review point it records.
     */
    private record Review(ReviewChangeList changes, long position, Map<String, Map<String, String>> extracts) {
        static Review none() {
            return new Review(null, 0, new LinkedHashMap<>());
        }

        void keep(List<ThemeMatrix> matrices) {
            for (ThemeMatrix m : matrices) {
                Map<String, String> own = extracts.computeIfAbsent(m.themeGuid(), k -> new LinkedHashMap<>());
                for (ThemeMatrix.Row r : m.rows()) {
                    if (r.subTheme().isEmpty()) {
                        own.putIfAbsent(r.codingGuid(), ReviewChanges.label(r.source(), r.extract()));
                    }
                }
            }
        }
    }

    private final Database db;
    private final Coder coder;
    private final Readers readers;

    public ExportService(Database db, Coder coder, Readers readers) {
        this.db = db;
        this.coder = coder;
        this.readers = readers;
    }

    private String title() {
        return db.read(tx -> tx.settings().get("title").orElse(db.layout().displayName()));
    }

    /** The document properties that tell a commented export's project when it comes back. */
    private Map<String, String> identity() {
        return db.read(tx -> Map.of(ReviewAnchor.PROJECT_PROPERTY, tx.settings().get("guid").orElse(""),
                ReviewAnchor.TITLE_PROPERTY, tx.settings().get("title").orElse(db.layout().displayName())));
    }

    /** The formats each kind of export can be written in. */
    public static Set<Format> formats(What what) {
        return SUPPORTED.get(what);
    }

    /** Writes the export to {@code out} and returns the file written. */
    public Path export(ExportOptions o, Path out) {
        Set<Format> ok = SUPPORTED.get(o.what());
        if (!ok.contains(o.format())) {
            throw new QuireException("Cannot export the " + label(o.what()) + " as " + name(o.format()) + ": choose "
                    + ok.stream().map(ExportService::name).collect(Collectors.joining(", ")));
        }
        AtomicOutput.check(out);
        ReviewPoint.Kind kind = reviewKind(o);
        ReviewChanges.Start start = kind == null ? null : readers.changes().start();
        Review review = kind == null ? Review.none()
                : new Review(start.changes(), start.position(), new LinkedHashMap<>());
        Path written = switch (o.what()) {
            case CODEBOOK -> codeBook(o.format(), out);
            case THEMES -> themes(o, out, review);
            case MATRIX -> matrixQuery(o, out);
            case FRAMEWORK -> {
                if (kind != null) {
                    // The extracts each theme has as the workbook is made: what the next change list
                    // compares with.
                    review.extracts().putAll(db.read(ReviewChanges::shownNow));
                }
                yield framework(o, out);
            }
            case REPORT -> o.format() == Format.DOCX ? DocxExport.report(report(o.attributes(), review), out)
                    : review(List.of(), o.attributes(), out, review);
            case WORDS -> words(o, out);
            case PASSAGES -> {
                StreamedTable table = new PassagesExport(db, readers.nodes(), readers.codings(), ZoneId.systemDefault())
                        .table(o.nodes(), o.descendants()).readAhead();
                yield o.format() == Format.XLSX ? XlsxExport.write(table, out) : CsvExport.write(table, out);
            }
        };
        db.write(coder, tx -> {
            tx.audit().record("project.export", "project", null, "Exported the " + label(o.what()) + " as "
                    + name(o.format()) + " to " + written.getFileName(), null, Map.of("what", label(o.what()),
                    "format", name(o.format()), "file", written.toString()));
            // The phase tracker counts exports from the activity record.
            tx.activity().insert(org.quire.model.ActivityKind.EXPORT, null, label(o.what()) + " to "
                    + written.getFileName() + " (" + name(o.format()) + ")", tx.coder().id(), tx.now());
            if (kind != null) {
                // The supervisor reviews this file: what changes from now on is what the next one lists.
                ReviewChanges.record(tx, kind, written.getFileName().toString(), review.position(),
                        review.extracts());
            }
            return null;
        });
        return written;
    }

    /** Which review export this is, or null for an export nobody comments on. */
    private static ReviewPoint.Kind reviewKind(ExportOptions o) {
        if (o.format() == Format.HTML && (o.what() == What.REPORT || o.what() == What.THEMES)) {
            return ReviewPoint.Kind.REVIEW_PAGE;
        }
        if (o.what() == What.REPORT && o.format() == Format.DOCX) {
            return ReviewPoint.Kind.REPORT;
        }
        // Both workbooks carry Reviewer comment columns: the theme matrices and the framework.
        return (o.what() == What.THEMES || o.what() == What.FRAMEWORK) && o.format() == Format.XLSX
                ? ReviewPoint.Kind.WORKBOOK : null;
    }

    /** The change list as the report and the review page show it. */
    private static Report.Changes changes(ReviewChangeList list) {
        if (list == null) {
            return null;
        }
        ReviewPoint p = list.since();
        return new Report.Changes(p.at(), p.kind().label() + " '" + p.fileName() + "'", list.groups().stream()
                .map(g -> new Report.ChangeGroup(g.heading(), g.lines().stream().map(l -> new Report.ChangeLine(
                        l.text(), l.diff().stream().map(d -> new Report.DiffPart(switch (d.kind()) {
                            case SAME -> 0;
                            case DELETED -> -1;
                            case INSERTED -> 1;
                        }, d.text())).toList())).toList())).toList());
    }

    private static String name(Format f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    private static String label(What w) {
        return switch (w) {
            case CODEBOOK -> "code book";
            case THEMES -> "theme matrices";
            case MATRIX -> "matrix query";
            case FRAMEWORK -> "framework matrix";
            case REPORT -> "themes report";
            case WORDS -> "word frequencies";
            case PASSAGES -> "coded passages";
        };
    }

    private Path codeBook(Format format, Path out) {
        CodeBook book = codeBook();
        return switch (format) {
            case XLSX -> {
                Map<String, List<Report.Thread>> earlier = threads();
                yield XlsxExport.write(List.of(Tables.reviewable(Tables.codeBook(book), book.nodes().stream()
                        .map(e -> ReviewAnchor.code(e.guid()).toString()).toList(), a -> earlier(earlier, a))), out,
                        identity());
            }
            case DOCX -> DocxExport.codeBook(book, out);
            case CSV -> CsvExport.write(Tables.codeBook(book), out);
            default -> JsonExport.write(book, out);
        };
    }

    /** The code book as exported: nodes depth first with descriptions and counts. */
    public CodeBook codeBook() {
        NodeTree tree = readers.nodes().tree();
        Map<NodeId, NodeCounts> counts = readers.nodes().counts();
        List<CodeBook.Entry> entries = new ArrayList<>();
        for (Node n : tree.depthFirst()) {
            NodeCounts c = counts.get(n.id());
            entries.add(new CodeBook.Entry(n.guid(), tree.path(n.id()), n.name(), tree.depth(n.id()), n.description(),
                    n.color(), c == null ? 0 : c.references(), c == null ? 0 : c.sources(), c == null ? 0 : c.words(),
                    c == null ? 0 : c.aggregateReferences(), c == null ? 0 : c.aggregateSources(),
                    c == null ? 0 : c.aggregateWords()));
        }
        return new CodeBook(title(), Instant.now(), entries);
    }

    private List<ThemeMatrix> matrices(ExportOptions o) {
        List<ThemeId> ids = new ArrayList<>();
        for (String name : o.themes()) {
            ids.add(readers.themes().find(name).id());
        }
        return readers.themeMatrices().matrices(ids, o.attributes());
    }

    private Path themes(ExportOptions o, Path out, Review review) {
        if (o.format() == Format.HTML) {
            return review(o.themes(), o.attributes(), out, review);
        }
        List<ThemeMatrix> matrices = matrices(o);
        if (o.format() == Format.XLSX) {
            // The review point keeps every theme's extracts, also those of themes not exported.
            review.keep(o.themes().isEmpty() ? matrices : readers.themeMatrices().matrices(List.of(), o.attributes()));
        }
        if (matrices.isEmpty()) {
            throw new QuireException("The project has no themes to export: add one with 'quire theme add'");
        }
        return switch (o.format()) {
            case XLSX -> {
                // The comments made on earlier exports, with their replies, beside each row.
                Map<String, List<Report.Thread>> earlier = threads();
                List<Table> sheets = new ArrayList<>();
                sheets.add(Tables.reviewable(overview(matrices), matrices.stream()
                        .map(m -> ReviewAnchor.theme(m.themeGuid()).toString()).toList(), a -> earlier(earlier, a)));
                matrices.forEach(m -> sheets.add(Tables.reviewable(Tables.themeMatrix(m), m.rows().stream()
                        .map(r -> ReviewAnchor.extract(r.codingGuid()).toString()).toList(), a -> earlier(earlier, a))));
                yield XlsxExport.write(sheets, out, identity());
            }
            case CSV -> CsvExport.write(Tables.themeMatrices(matrices), out);
            default -> JsonExport.write(matrices, out);
        };
    }

    // The first sheet: what each theme is and how many extracts its sheet holds.
    private Table overview(List<ThemeMatrix> matrices) {
        Map<String, Theme> byGuid = new HashMap<>();
        readers.themes().list().forEach(t -> byGuid.put(t.guid(), t));
        Table.Builder b = new Table.Builder("Themes");
        b.column(Table.Column.wrapped("Theme", 30)).column(Table.Column.text("Parent theme", 24))
                .column(Table.Column.text("Status", 11)).column(Table.Column.wrapped("Definition", 60))
                .column(Table.Column.text("Extracts", 9)).column(Table.Column.text("Also in other themes", 12))
                .column(Table.Column.text("Quotations", 11));
        for (ThemeMatrix m : matrices) {
            Theme t = byGuid.get(m.themeGuid());
            Theme parent = t == null || t.parentId() == null ? null : byGuid.values().stream()
                    .filter(p -> p.id().equals(t.parentId())).findFirst().orElse(null);
            b.row(List.of(m.theme(), parent == null ? "" : parent.name(), t == null ? ""
                    : t.status().name().toLowerCase(Locale.ROOT), t == null ? "" : t.definition(), m.rows().size(),
                    m.flaggedCount(), m.rows().stream().filter(ThemeMatrix.Row::quote).count()));
        }
        return b.build();
    }

    private Path matrixQuery(ExportOptions o, Path out) {
        if (o.rows() == null || o.columns() == null) {
            throw new QuireException("A matrix query export needs its rows and columns (--rows and --cols)");
        }
        MatrixAxis r = MatrixAxis.parse(o.rows(), !o.own());
        MatrixAxis c = MatrixAxis.parse(o.columns(), !o.own());
        MatrixResult m = readers.matrices().run(r, c);
        return switch (o.format()) {
            case XLSX -> XlsxExport.write(List.of(grid(m, MatrixValue.REFERENCES), grid(m, MatrixValue.SOURCES),
                    grid(m, MatrixValue.WORDS)), out);
            case CSV -> CsvExport.write(grid(m, o.value()), out);
            default -> JsonExport.write(new MatrixQueryExport(m.rows(), m.columns(), m.references(), m.sources(),
                    m.words()), out);
        };
    }

    private static Table grid(MatrixResult m, MatrixValue value) {
        String name = value.name().charAt(0) + value.name().substring(1).toLowerCase(Locale.ROOT);
        Table.Builder b = new Table.Builder(name);
        b.column(Table.Column.wrapped("", 30));
        m.columns().forEach(c -> b.column(Table.Column.wrapped(c, Math.max(10, Math.min(24, c.length() + 2)))));
        for (int r = 0; r < m.rows().size(); r++) {
            List<Object> cells = new ArrayList<>();
            cells.add(m.rows().get(r));
            for (int c = 0; c < m.columns().size(); c++) {
                cells.add(m.value(r, c, value));
            }
            b.row(cells);
        }
        return b.build();
    }

    private Path framework(ExportOptions o, Path out) {
        FrameworkMatrix f = readers.frameworks().framework(o.rows() == null ? "sources" : o.rows(),
                o.columns() == null ? "themes" : o.columns());
        return switch (o.format()) {
            case XLSX -> {
                Map<String, List<Report.Thread>> earlier = threads();
                yield XlsxExport.write(List.of(Tables.frameworkGrid(f), Tables.frameworkExtracts(f),
                        Tables.frameworkCells(f, a -> earlier(earlier, a))), out, identity());
            }
            case CSV -> CsvExport.write(Tables.frameworkGrid(f), out);
            default -> JsonExport.write(f, out);
        };
    }

    private Path words(ExportOptions o, Path out) {
        WordFrequency w = readers.words().words(WordOptions.defaults().top(o.top()));
        Table.Builder b = new Table.Builder("Word frequencies");
        b.column(Table.Column.text("Word", 20)).column(Table.Column.text("Count", 10))
                .column(Table.Column.text("Weighted %", 11)).column(Table.Column.wrapped("Forms counted", 40));
        for (WordCount c : w.words()) {
            b.row(List.of(c.word(), c.count(), Math.round(c.weightedPercent() * 100) / 100.0,
                    String.join(", ", c.forms())));
        }
        return switch (o.format()) {
            case XLSX -> XlsxExport.write(List.of(b.build()), out);
            case CSV -> CsvExport.write(b.build(), out);
            default -> JsonExport.write(w, out);
        };
    }

    /** What the report and the review page say about the themes, with each theme's chosen quotations. */
    public Report report(List<String> attributes) {
        return report(attributes, Review.none());
    }

    private Report report(List<String> attributes, Review review) {
        List<ThemeMatrix> matrices = readers.themeMatrices().matrices(List.of(), attributes);
        review.keep(matrices);
        return reportOf(matrices, review.changes());
    }

    private Report reportOf(List<ThemeMatrix> matrices, ReviewChangeList changes) {
        Map<String, ThemeMatrix> byGuid = new LinkedHashMap<>();
        matrices.forEach(m -> byGuid.put(m.themeGuid(), m));
        Map<NodeId, NodeCounts> counts = readers.nodes().counts();
        return db.read(tx -> {
            ThemeFamilies families = ThemeData.families(tx);
            Map<String, String> reasons = statusReasons(tx);
            List<Report.Theme> themes = families.roots().stream().map(t -> reportTheme(families, t, byGuid, counts, reasons))
                    .toList();
            return new Report(title(), tx.settings().get("guid").orElse(""), Instant.now(), themes, checklist(),
                    threads(), changes(changes));
        });
    }

    /** Earlier review comments and their replies, shown in the next report and review page. */
    private Map<String, List<Report.Thread>> threads() {
        Map<String, List<Report.Thread>> out = new HashMap<>();
        readers.reviews().threads().forEach((anchor, items) -> out.put(anchor, items.stream().map(
                ExportService::thread).toList()));
        return out;
    }

    /**
     * The earlier threads a workbook row shows: a theme's row shows those on the theme, its definition
     * and its narrative, oldest first; any other row those on its own anchor.
     */
    private static List<Report.Thread> earlier(Map<String, List<Report.Thread>> threads, String anchor) {
        ReviewAnchor a = ReviewAnchor.parse(anchor);
        if (a.kind() != ReviewAnchor.Kind.THEME) {
            return threads.getOrDefault(anchor, List.of());
        }
        List<Report.Thread> all = new ArrayList<>();
        for (ReviewAnchor each : List.of(a, ReviewAnchor.definition(a.key()), ReviewAnchor.narrative(a.key()))) {
            all.addAll(threads.getOrDefault(each.toString(), List.of()));
        }
        all.sort(java.util.Comparator.comparing(Report.Thread::writtenAt,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return all;
    }

    private static Report.Thread thread(ReviewItem i) {
        return new Report.Thread(i.comment().reviewer(), i.comment().writtenAt() == null ? i.comment().importedAt()
                : i.comment().writtenAt(), i.comment().body(), i.comment().status().label(), i.state().label(),
                i.comment().replies().stream().map(r -> new Report.Reply(r.author(), r.at(), r.body())).toList());
    }

    private List<Report.ChecklistLine> checklist() {
        return readers.checklist().items().stream().map(i -> {
            org.quire.model.ChecklistAnswer a = i.answer();
            List<String> evidence = new ArrayList<>(i.evidence());
            // A supervisor reads the report: name the first few items (e.g. uncoded sources), count the rest.
            i.items().stream().limit(REPORT_ITEMS).forEach(evidence::add);
            if (i.items().size() > REPORT_ITEMS) {
                evidence.add("… and " + (i.items().size() - REPORT_ITEMS) + " more");
            }
            return new Report.ChecklistLine(i.point().number(), i.point().process(), i.point().text(),
                    a == null ? null : a.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    a == null ? null : a.answer(), a == null ? null : a.coder(), a == null ? null : a.at(), evidence);
        }).toList();
    }

    /**
     * Why each theme has its status, by GUID: the reason given with its latest status change, read
     * from the audit trail where the change recorded it ("" for a theme never moved from candidate).
     */
    private static Map<String, String> statusReasons(org.quire.store.Tx tx) {
        Map<String, String> reasons = new HashMap<>();
        for (Theme t : tx.themes().all()) {
            // Newest first: the first status change found is the latest.
            tx.audit().concerning(t.guid()).stream()
                    .filter(e -> e.action().equals("theme.status") && t.guid().equals(e.entityGuid())
                            && e.after() != null)
                    .findFirst().ifPresent(e -> reasons.put(t.guid(), reasonOf(e.after())));
        }
        return reasons;
    }

    private static String reasonOf(String statusChangeJson) {
        try {
            return JsonExport.MAPPER.readTree(statusChangeJson).path("reason").asText("");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // An entry that cannot be read gives no reason rather than no report.
            return "";
        }
    }

    private static Report.Theme reportTheme(ThemeFamilies families, Theme t, Map<String, ThemeMatrix> matrices,
                                            Map<NodeId, NodeCounts> counts, Map<String, String> reasons) {
        ThemeMatrix m = matrices.get(t.guid());
        List<Report.NodeLine> nodes = new ArrayList<>();
        for (NodeId id : families.members(t.id())) {
            families.tree().get(id).ifPresent(n -> nodes.add(new Report.NodeLine(n.guid(), families.tree().path(id),
                    n.description(), counts.containsKey(id) ? counts.get(id).aggregateReferences() : 0)));
        }
        nodes.sort(java.util.Comparator.comparing(n -> n.path().toLowerCase(Locale.ROOT)));
        return new Report.Theme(t.guid(), t.name(), t.status().name().toLowerCase(Locale.ROOT), reasons.get(t.guid()),
                t.definition(), t.scopeIn(), t.scopeOut(), t.narrative(), families.children(t.id()).stream()
                .map(s -> reportTheme(families, s, matrices, counts, reasons)).toList(), nodes,
                m == null ? 0 : m.rows().size(), quotes(families, t, matrices));
    }

    /**
     * A theme's quotations: extracts of its own nodes chosen in its own matrix or in the matrix of a
     * theme above it (where its rows are labelled with its name), each once, in matrix order. A
     * sub-theme's quotations are listed under the sub-theme, not again under its parent.
     */
    private static List<ThemeMatrix.Row> quotes(ThemeFamilies families, Theme t, Map<String, ThemeMatrix> matrices) {
        Map<String, ThemeMatrix.Row> out = new LinkedHashMap<>();
        ThemeMatrix own = matrices.get(t.guid());
        if (own != null) {
            own.rows().stream().filter(r -> r.quote() && r.subTheme().isEmpty()).forEach(r -> out.put(r.codingGuid(), r));
            for (Theme a : families.ancestors(t.id())) {
                ThemeMatrix above = matrices.get(a.guid());
                if (above != null) {
                    above.rows().stream().filter(r -> r.quote() && r.subTheme().equals(t.name()))
                            .forEach(r -> out.putIfAbsent(r.codingGuid(), r));
                }
            }
            List<String> order = own.rows().stream().map(ThemeMatrix.Row::codingGuid).toList();
            List<ThemeMatrix.Row> sorted = new ArrayList<>(out.values());
            sorted.sort(java.util.Comparator.comparingInt(r -> order.indexOf(r.codingGuid())));
            return sorted;
        }
        return List.of();
    }

    private Path review(List<String> themeNames, List<String> attributes, Path out, Review review) {
        List<ThemeMatrix> matrices = readers.themeMatrices().matrices(List.of(), attributes);
        review.keep(matrices);
        Report report = reportOf(matrices, review.changes());
        if (!themeNames.isEmpty()) {
            List<String> wanted = themeNames.stream().map(n -> readers.themes().find(n).guid()).toList();
            report = new Report(report.project(), report.projectGuid(), report.at(), report.themes().stream()
                    .filter(t -> wanted.contains(t.guid())).toList(), report.checklist(), report.threads(),
                    report.changes());
        }
        Map<String, ThemeMatrix> byGuid = new HashMap<>();
        matrices.forEach(m -> byGuid.put(m.themeGuid(), m));
        return HtmlExport.review(report, byGuid, out);
    }
}
