package org.quire.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.analysis.SyntheticText;
import org.quire.service.Project;
import org.quire.service.search.IndexProgress;
import org.quire.service.search.SearchOptions;
import org.quire.service.search.WordFrequency;
import org.quire.service.search.WordOptions;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;

/**
 * Builds a project of about 3 million words of synthetic prose (imported .txt files) and reports
 * search latency (p50/p95 by query kind), word frequency time, and index rebuild speed against raw
 * Lucene indexing of the same text. Run with {@code mvn -Pbench test -Dtest=SearchBenchmark}
 * ({@code -Dbench.words=N} to change the size).
 */
@Tag("bench")
class SearchBenchmark {
    private static final int WORDS_PER_FILE = 5_000;

    @TempDir
    Path dir;

    @Test
    void searchAndWordFrequencyOnThreeMillionWords() throws Exception {
        int totalWords = Integer.getInteger("bench.words", 3_000_000);
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        SyntheticText text = new SyntheticText(7, 30_000);
        Map<String, Integer> freq = new HashMap<>();
        List<String> texts = new ArrayList<>();
        String pair = null;
        long written = 0;
        for (int f = 0; written < totalWords; f++) {
            List<String> paras = text.paragraphs(WORDS_PER_FILE);
            String body = String.join("\n\n", paras) + "\n";
            texts.add(body);
            Files.writeString(corpus.resolve(String.format(Locale.ROOT, "notes-%04d.txt", f)), body);
            for (String w : body.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (!w.isEmpty()) {
                    freq.merge(w, 1, Integer::sum);
                    written++;
                }
            }
            if (pair == null) {
                String[] ws = paras.get(3).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", "").split(" ");
                for (int i = 0; i + 1 < ws.length && pair == null; i++) {
                    if (ws[i].length() > 5 && ws[i + 1].length() > 5) {
                        pair = ws[i] + " " + ws[i + 1];
                    }
                }
            }
        }
        List<String> byFreq = freq.entrySet().stream().filter(e -> e.getKey().length() > 5)
                .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).toList();
        String term = byFreq.get(50);
        String rare = byFreq.get(2_000);
        String[] queries = {term, "\"" + pair + "\"", term.substring(0, 4) + "*", "\"" + term + " " + rare + "\"~5",
                term + " AND " + rare};
        String[] kinds = {"term", "phrase", "wildcard", "proximity", "boolean AND"};

        Path project = dir.resolve("Bench.quire");
        long t0 = System.nanoTime();
        try (Project p = Project.create(project, "Bench", "Bench")) {
            p.sources().importPaths(List.of(corpus), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
        }
        double importSeconds = (System.nanoTime() - t0) / 1e9;

        StringBuilder report = new StringBuilder();
        try (Project p = Project.open(project, "Bench")) {
            long t1 = System.nanoTime();
            p.search().rebuildIndex(IndexProgress.NONE, () -> false);
            double rebuildSeconds = (System.nanoTime() - t1) / 1e9;
            double rawSeconds = rawLucene(texts, dir.resolve("raw-index"));

            report.append(String.format(Locale.ROOT, """
                    | %,d words in %d sources | seconds | words/s |
                    |---|---|---|
                    | import (extract, store, index each file) | %.2f | %,.0f |
                    | index rebuild from the database | %.2f | %,.0f |
                    | raw Lucene, same text, same fields | %.2f | %,.0f |
                    | ratio rebuild / raw | | %.2f |

                    | query | hits | p50 ms | p95 ms | raw Lucene p50 ms | ratio p50 / raw |
                    |---|---|---|---|---|---|
                    """, written, texts.size(), importSeconds, written / importSeconds, rebuildSeconds,
                    written / rebuildSeconds, rawSeconds, written / rawSeconds, rawSeconds / rebuildSeconds));
            SearchOptions rows = SearchOptions.defaults().limit(100);
            for (int q = 0; q < queries.length; q++) {
                for (int i = 0; i < 5; i++) {
                    p.search().search(queries[q], rows);
                }
                long[] ns = new long[30];
                int hits = 0;
                for (int i = 0; i < ns.length; i++) {
                    long s = System.nanoTime();
                    hits = p.search().search(queries[q], rows).totalHits();
                    ns[i] = System.nanoTime() - s;
                }
                Arrays.sort(ns);
                double raw = rawSearch(dir.resolve("raw-index"), queries[q]);
                report.append(String.format(Locale.ROOT, "| %s `%s` | %,d | %.1f | %.1f | %.1f | %.1f |%n", kinds[q],
                        queries[q], hits, ns[ns.length / 2] / 1e6, ns[(int) (ns.length * 0.95)] / 1e6, raw,
                        ns[ns.length / 2] / 1e6 / raw));
            }
            p.words().words(WordOptions.defaults());
            long[] ns = new long[5];
            WordFrequency wf = null;
            for (int i = 0; i < ns.length; i++) {
                long s = System.nanoTime();
                wf = p.words().words(WordOptions.defaults().top(100));
                ns[i] = System.nanoTime() - s;
            }
            Arrays.sort(ns);
            report.append(String.format(Locale.ROOT, "%nword frequency, all text (%,d words, stemmed, top 100): "
                    + "median %.0f ms, worst %.0f ms%n", wf.totalWords(), ns[2] / 1e6, ns[4] / 1e6));
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "search-benchmark.md"), report.toString());
    }

    /**
     * Median milliseconds for Lucene alone to run the query on the raw index: count every matching
     * paragraph and read the first 100 — a floor with no database, no source order and no offsets.
     */
    private static double rawSearch(Path folder, String text) throws Exception {
        try (FSDirectory d = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            QueryParser parser = new QueryParser("stemmed", new EnglishAnalyzer());
            parser.setDefaultOperator(QueryParser.AND_OPERATOR);
            Query query = parser.parse(text);
            long[] ns = new long[30];
            for (int i = -5; i < ns.length; i++) {
                long s = System.nanoTime();
                TopDocs top = searcher.search(query, 100);
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    stored.document(sd.doc);
                }
                searcher.count(query);
                if (i >= 0) {
                    ns[i] = System.nanoTime() - s;
                }
            }
            Arrays.sort(ns);
            return ns[ns.length / 2] / 1e6;
        }
    }

    /** Lucene alone: one document per paragraph, the same two text fields, no database. */
    private static double rawLucene(List<String> texts, Path folder) throws Exception {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        FieldType stored = new FieldType(type);
        stored.setStored(true);
        long t = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(folder);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new EnglishAnalyzer()).setRAMBufferSizeMB(64))) {
            for (String body : texts) {
                for (String para : body.split("\n\n")) {
                    Document doc = new Document();
                    doc.add(new Field("stemmed", para, stored));
                    doc.add(new Field("exact", para, type));
                    w.addDocument(doc);
                }
            }
            w.commit();
        }
        return (System.nanoTime() - t) / 1e9;
    }
}
