package org.quire.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.quire.index.RawIndexFloor;
import org.quire.model.Source;
import org.quire.model.SourceFilter;
import org.quire.model.Words;
import org.quire.service.Project;
import org.quire.service.search.IndexProgress;
import org.quire.service.search.SearchOptions;
import org.quire.service.search.SearchResult;
import org.quire.service.search.SearchService;
import org.quire.service.search.WordCount;
import org.quire.service.search.WordFrequency;
import org.quire.service.search.WordOptions;

/**
 * Full-text search, word frequency and the index rebuild, on the benchmark project. The query
 * words are picked from the project's own word list, so each kind of query has real hits.
 */
final class SearchOperations {
    private SearchOperations() {
    }

    static List<Operation> all() {
        Terms terms = new Terms();
        return List.of(new IndexRebuild(), new RawIndexing(), new Search("term", terms, Terms::term),
                new Search("phrase", terms, Terms::phrase), new Search("wildcard", terms, Terms::wildcard),
                new Search("proximity", terms, Terms::proximity), new Search("boolean AND", terms, Terms::and),
                new WordsAll(), new WordsInFolder());
    }

    /** Query words chosen once from the project: a common word, two neighbouring words, two words three apart. */
    static final class Terms {
        private String common;
        private String pair;
        private String near;

        void pick(BenchContext c) {
            if (common != null) {
                return;
            }
            Project p = c.project();
            List<WordCount> words = p.words().words(WordOptions.defaults().top(2_000).exact(true)).words().stream()
                    .filter(w -> w.word().length() > 5).toList();
            common = words.get(Math.min(50, words.size() - 1)).word();
            Source large = c.largestSources().get(0);
            String text = p.sources().text(large.id()).text();
            int[] starts = Words.starts(text);
            for (int i = starts.length / 3; i + 1 < starts.length && pair == null; i++) {
                String a = word(text, starts[i]);
                String b = word(text, starts[i + 1]);
                if (a.length() > 5 && b.length() > 5 && text.substring(starts[i] + a.length(), starts[i + 1]).equals(" ")) {
                    pair = a + " " + b;
                }
            }
            for (int i = starts.length / 2; i + 3 < starts.length && near == null; i++) {
                String a = word(text, starts[i]);
                String b = word(text, starts[i + 3]);
                if (a.length() > 5 && b.length() > 5 && !a.equals(b)) {
                    near = a + " " + b;
                }
            }
            if (pair == null || near == null) {
                throw new IllegalStateException("the largest source has too few long words to pick queries from");
            }
        }

        private static String word(String text, int start) {
            int end = start;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            return text.substring(start, end).toLowerCase(Locale.ROOT);
        }

        String term() {
            return common;
        }

        String phrase() {
            return "\"" + pair + "\"";
        }

        String wildcard() {
            return common.substring(0, 4) + "*";
        }

        String proximity() {
            return "\"" + near + "\"~5";
        }

        String and() {
            // Two words that stand side by side somewhere, so the conjunction has hits at every size.
            return pair.replace(" ", " AND ");
        }
    }

    /** One kind of query, as the search panel runs it: the first 100 KWIC rows with totals. */
    static final class Search implements Operation {
        private final String kind;
        private final Terms terms;
        private final java.util.function.Function<Terms, String> query;
        private String text;

        Search(String kind, Terms terms, java.util.function.Function<Terms, String> query) {
            this.kind = kind;
            this.terms = terms;
            this.query = query;
        }

        @Override
        public String name() {
            return "search, " + kind + (text == null ? "" : " `" + text + "`") + " (first 100 rows)";
        }

        @Override
        public Target target() {
            return Target.instant();
        }

        @Override
        public void setUp(BenchContext c) {
            terms.pick(c);
            text = query.apply(terms);
            c.project().search().prepareIndex(IndexProgress.NONE, () -> false);
        }

        @Override
        public Sample run(BenchContext c) {
            long t0 = System.nanoTime();
            SearchResult r = c.project().search().search(text, SearchOptions.defaults().limit(100));
            long nanos = System.nanoTime() - t0;
            if (r.totalHits() == 0) {
                throw new IllegalStateException("no hits for " + text);
            }
            return Sample.of(nanos);
        }
    }

    /** Word frequency over every source, stemmed, top 100. */
    static final class WordsAll implements Operation {
        @Override
        public String name() {
            return "word frequency, all text (stemmed, top 100)";
        }

        @Override
        public Target target() {
            return Target.instant();
        }

        @Override
        public Sample run(BenchContext c) {
            long t0 = System.nanoTime();
            WordFrequency wf = c.project().words().words(WordOptions.defaults().top(100));
            long nanos = System.nanoTime() - t0;
            return new Sample(nanos, wf.totalWords());
        }
    }

    /**
     * Word frequency over one folder (with its sub-folders), stemmed, top 100: the top-level folder
     * holding the most words, so most of the index is read but not all of it ("Field notes" in a
     * generated project).
     */
    static final class WordsInFolder implements Operation {
        private String folder;

        @Override
        public String name() {
            return "word frequency, one folder" + (folder == null ? "" : " `" + folder + "`") + " (stemmed, top 100)";
        }

        @Override
        public Target target() {
            return Target.instant();
        }

        @Override
        public void setUp(BenchContext c) {
            folder = largestFolder(c.project());
        }

        /** The top-level folder whose sources (sub-folders included) hold the most words. */
        static String largestFolder(Project p) {
            Map<String, Long> words = new TreeMap<>();
            for (Source s : p.sources().list()) {
                String f = s.folder();
                int slash = f.indexOf('/');
                words.merge(slash < 0 ? f : f.substring(0, slash), (long) s.wordCount(), Long::sum);
            }
            words.remove("");
            return words.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElseThrow(() -> new IllegalStateException("the project has no folders"));
        }

        @Override
        public Sample run(BenchContext c) {
            long t0 = System.nanoTime();
            WordFrequency wf = c.project().words().words(WordOptions.defaults().top(100)
                    .filter(SourceFilter.ALL.inFolder(folder)));
            long nanos = System.nanoTime() - t0;
            if (wf.sources() == 0) {
                throw new IllegalStateException("no sources in " + folder);
            }
            return new Sample(nanos, wf.totalWords());
        }
    }

    /** Rebuilding the whole index from the database, as after an index version change. */
    static final class IndexRebuild implements Operation.Throughput {
        @Override
        public String name() {
            return "index rebuild from the database (SearchService.rebuildIndex)";
        }

        @Override
        public Target target() {
            return Target.rateAtLeast(500_000);
        }

        @Override
        public Sample run(BenchContext c) {
            long words = c.project().sources().list().stream().mapToLong(Source::wordCount).sum();
            long t0 = System.nanoTime();
            if (!c.project().search().rebuildIndex(IndexProgress.NONE, () -> false)) {
                throw new IllegalStateException("rebuild did not finish");
            }
            return new Sample(System.nanoTime() - t0, words);
        }
    }

    /** Plain Lucene on the same texts, with the rebuild's threads: the floor under the rebuild. */
    static final class RawIndexing implements Operation.Throughput {
        private List<String> texts;
        private long words;
        private int run;

        @Override
        public String name() {
            return "raw floor: plain Lucene indexing of the same text";
        }

        @Override
        public String floorOf() {
            return "index rebuild";
        }

        @Override
        public void setUp(BenchContext c) {
            texts = new ArrayList<>();
            for (Source s : c.project().sources().list()) {
                texts.add(c.project().sources().text(s.id()).text());
                words += s.wordCount();
            }
        }

        @Override
        public Sample run(BenchContext c) {
            java.nio.file.Path folder = c.scratch().resolve("raw-index-" + run++);
            long nanos = RawIndexFloor.index(texts, folder, "en", SearchService.rebuildThreads());
            BenchContext.deleteTree(folder);
            return new Sample(nanos, words);
        }
    }
}
