package org.quire.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.quire.imports.TextNormalizer;
import org.quire.model.AttributeScope;
import org.quire.model.AttributeType;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.QuireException;
import org.quire.model.Theme;
import org.quire.model.Words;
import org.quire.service.Project;
import org.quire.store.Guids;
import org.quire.store.SourceStore;

/**
 * Builds a realistic synthetic project of a given {@link GeneratorSize}: field notes of one to three
 * pages, interview transcripts of about thirty pages in speaker turns, a few reports of about a
 * hundred pages; a code book three levels deep; overlapping codings from a sentence to a paragraph
 * long; dated memo entries; data type and date attributes; a few themes. The same size and seed
 * always give the same text, names and codings.
 *
 * <p>Settings, attribute definitions and themes go through the public services; the bulk (nodes,
 * sources, codings, memo entries) goes through {@link BulkLoader}, with one summary audit entry
 * per batch. Every source keeps its text as a {@code .txt} file in {@code originals/}.
 */
public final class ProjectGenerator {
    /** Told after every batch of sources. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void sourcesDone(int done, int total);
    }

    /** What was generated and how long it took. */
    public record Report(GeneratorSize size, long seed, int sources, long words, int nodes, long codings,
                         int memoEntries, int themes, double seconds, long codingRows, long codingNanos) {
        /** Rows per second of the JDBC batches that stored the codings (insert only). */
        public double codingRowsPerSecond() {
            return codingNanos == 0 ? 0 : codingRows / (codingNanos / 1e9);
        }
    }

    public static final String DATA_TYPE = "Data type";
    public static final String DATE = "Date";
    static final List<String> DATA_TYPES = List.of("field note", "conversation note", "meeting minutes", "newsletter",
            "interview", "report");
    private static final LocalDate STUDY_START = LocalDate.of(2019, 1, 7);
    private static final String[] COLORS = {"#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948",
        "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC"};
    private static final long BATCH_WORDS = 250_000;
    private static final int BATCH_CODINGS = 25_000;

    private final GeneratorSize size;
    private final long seed;
    private final TextFactory text;
    private final Random random;

    private ProjectGenerator(GeneratorSize size, long seed) {
        this.size = size;
        this.seed = seed;
        this.text = new TextFactory(seed);
        this.random = text.random();
    }

    /** Generates a project of {@code size} in {@code folder}, which must not exist or be empty. */
    public static Report generate(Path folder, GeneratorSize size, long seed, String coder, Progress progress) {
        return new ProjectGenerator(size, seed).run(folder, coder, progress);
    }

    private Report run(Path folder, String coder, Progress progress) {
        long t0 = System.nanoTime();
        try (Project p = Project.create(folder, "Generated project (" + size + ", seed " + seed + ")", coder)) {
            p.attributes().define(AttributeScope.SOURCE, DATA_TYPE, AttributeType.CHOICE, DATA_TYPES);
            p.attributes().define(AttributeScope.SOURCE, DATE, AttributeType.DATE, List.of());
        }
        List<Node> nodes;
        long words = 0;
        long codings = 0;
        int entries;
        long codingRows;
        long codingNanos;
        try (BulkLoader loader = new BulkLoader(folder, coder)) {
            CodeBook book = CodeBook.plan(size.nodes(), text, COLORS);
            nodes = loader.addNodes(book.nodes());
            List<SourcePlan> plans = planSources();
            long plannedWords = plans.stream().mapToLong(SourcePlan::words).sum();
            double codingsPerWord = (double) size.codings() / plannedWords;
            double owed = 0;
            Path originals = folder.resolve("originals");
            List<BulkLoader.NewSource> batch = new ArrayList<>();
            long batchWords = 0;
            int batchCodings = 0;
            for (int i = 0; i < plans.size(); i++) {
                SourcePlan plan = plans.get(i);
                owed += plan.words() * codingsPerWord;
                int k = (int) Math.floor(owed);
                owed -= k;
                BulkLoader.NewSource source = source(i, plan, k, book, loader, originals);
                batch.add(source);
                batchWords += source.source().wordStarts().length;
                batchCodings += source.codings().size();
                if (batchWords >= BATCH_WORDS || batchCodings >= BATCH_CODINGS || i == plans.size() - 1) {
                    loader.addSources(batch);
                    words += batchWords;
                    codings += batchCodings;
                    batch.clear();
                    batchWords = 0;
                    batchCodings = 0;
                    progress.sourcesDone(i + 1, plans.size());
                }
            }
            entries = loader.addMemoEntries(memoEntries(nodes));
            codingRows = loader.codingRows();
            codingNanos = loader.codingNanos();
        }
        int themes;
        try (Project p = Project.open(folder, coder)) {
            themes = addThemes(p, nodes);
            // The bulk load's large transactions leave most of the file to superseded pages
            // (size L: 5.7 GB before, 0.27 GB after, in 34 s).
            p.compactAndClose();
        }
        return new Report(size, seed, size.sources(), words, nodes.size(), codings, entries, themes,
                (System.nanoTime() - t0) / 1e9, codingRows, codingNanos);
    }

    private record SourcePlan(SourceKind kind, int words, LocalDate date) {
    }

    /** Many short notes, some transcripts and a few long reports, adding up to the size's words. */
    private List<SourcePlan> planSources() {
        int n = size.sources();
        int reports = Math.max(1, n / 250);
        int transcripts = Math.max(1, n / 50);
        int notes = n - reports - transcripts;
        int reportWords = (int) Math.min(30_000, size.words() / 8);
        int transcriptWords = (int) Math.min(7_500, size.words() / 20);
        double noteWords = (double) (size.words() - (long) reports * reportWords - (long) transcripts * transcriptWords)
                / notes;
        List<SourcePlan> plans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SourceKind kind = i < reports ? SourceKind.REPORT : i < reports + transcripts ? SourceKind.TRANSCRIPT
                    : SourceKind.NOTE;
            double base = switch (kind) {
                case REPORT -> reportWords * (0.8 + 0.4 * random.nextDouble());
                case TRANSCRIPT -> transcriptWords * (0.7 + 0.6 * random.nextDouble());
                case NOTE -> noteWords * (0.4 + 1.2 * random.nextDouble());
            };
            plans.add(new SourcePlan(kind, Math.max(30, (int) base), STUDY_START.plusDays(random.nextInt(365))));
        }
        Collections.shuffle(plans, random);
        return plans;
    }

    private BulkLoader.NewSource source(int index, SourcePlan plan, int codings, CodeBook book, BulkLoader loader,
                                        Path originals) {
        String name = switch (plan.kind()) {
            case NOTE -> String.format(Locale.ROOT, "Note %05d %s", index + 1, plan.date());
            case TRANSCRIPT -> String.format(Locale.ROOT, "Interview %05d %s", index + 1, text.title(2).toLowerCase(Locale.ROOT));
            case REPORT -> String.format(Locale.ROOT, "Report %05d %s", index + 1, text.title(3));
        };
        String folder = plan.kind() == SourceKind.NOTE
                ? plan.kind().folder() + "/" + plan.date().toString().substring(0, 7) : plan.kind().folder();
        GeneratedText generated = text.write(plan.kind(), name, plan.words());
        String content = TextNormalizer.normalize(generated.text());
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String guid = Guids.next();
        String original = guid + ".txt";
        Instant dated = plan.date().atTime(18, 0).toInstant(ZoneOffset.UTC);
        try {
            Files.write(originals.resolve(original), bytes);
        } catch (IOException e) {
            throw new QuireException("Cannot write " + originals.resolve(original) + ": " + e.getMessage(), e);
        }
        SourceStore.NewSource source = new SourceStore.NewSource(guid, name, folder, "txt", "UTF-8", sha256(bytes),
                original, loader.coder().id(), Instant.now(), dated, content, Words.starts(content),
                TextNormalizer.paragraphsOf(content), List.of(), name + ".txt");
        Map<String, String> attributes = Map.of(DATA_TYPE, dataType(plan.kind()), DATE, plan.date().toString());
        return new BulkLoader.NewSource(source, attributes, Passages.pick(generated, codings, book, plan.date(), random));
    }

    private String dataType(SourceKind kind) {
        return switch (kind) {
            case TRANSCRIPT -> "interview";
            case REPORT -> "report";
            case NOTE -> {
                int r = random.nextInt(10);
                yield r < 6 ? "field note" : r < 8 ? "conversation note" : r < 9 ? "meeting minutes" : "newsletter";
            }
        };
    }

    /** A quarter of the nodes get one to three dated entries; the journal gets about one a week. */
    private List<BulkLoader.NewEntry> memoEntries(List<Node> nodes) {
        List<BulkLoader.NewEntry> out = new ArrayList<>();
        for (Node node : nodes) {
            if (random.nextInt(4) == 0) {
                int n = 1 + random.nextInt(3);
                for (int e = 0; e < n; e++) {
                    out.add(new BulkLoader.NewEntry(new org.quire.model.MemoTarget.OfNode(node.id()),
                            "Memo: " + node.name(), (e == 0 ? "Definition: " : "Revised: ") + text.sentence() + " "
                            + text.sentence(), day(30 + random.nextInt(400))));
                }
            }
        }
        int journal = Math.max(10, size.sources() / 10);
        for (int e = 0; e < journal; e++) {
            out.add(new BulkLoader.NewEntry(new org.quire.model.MemoTarget.Journal(), "Notes on analysis",
                    text.sentence() + " " + text.sentence() + " " + text.sentence(), day(e * 450L / journal)));
        }
        return out;
    }

    private static Instant day(long offset) {
        return STUDY_START.plusDays(offset).atTime(17, 30).toInstant(ZoneOffset.UTC);
    }

    /** Candidate themes with a sub-theme each, fed by middle-level nodes, through ThemeService. */
    private int addThemes(Project p, List<Node> nodes) {
        List<Node> middle = nodes.stream().filter(n -> n.parentId() != null)
                .filter(n -> nodes.stream().anyMatch(c -> n.id().equals(c.parentId()))).toList();
        int count = size == GeneratorSize.XS ? 2 : 5;
        int made = 0;
        for (int t = 0; t < count && !middle.isEmpty(); t++) {
            List<NodeId> feed = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                NodeId id = middle.get(random.nextInt(middle.size())).id();
                if (!feed.contains(id)) {
                    feed.add(id);
                }
            }
            Theme theme = p.themes().create("Theme " + (t + 1) + ": " + text.title(2), text.sentence(), null,
                    feed.subList(0, Math.min(2, feed.size())));
            p.themes().create("Theme " + (t + 1) + "." + 1 + ": " + text.title(2), text.sentence(), theme.id(),
                    feed.subList(Math.min(2, feed.size()), feed.size()));
            made += 2;
        }
        return made;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
