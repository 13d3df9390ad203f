package org.quire.service.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quire.index.IndexSchema;
import org.quire.index.WordCounter;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.service.coding.CodingAggregates;
import org.quire.service.coding.SourceLists;
import org.quire.store.Database;

/**
 * Word frequency lists: the words used most, over all sources, a folder, an attribute value or
 * the text coded at a node. Whole sources are counted from the index's term statistics; coded text
 * in a streaming pass with the tokenizer the index uses, so both agree on what a word is.
 */
public final class WordFrequencyService {
    private final Database db;
    private final SearchIndex index;
    private final CodingAggregates aggregates;
    private final SourceLists sourceLists;
    // A word's stem never changes: stemming the 100,000-odd distinct words of a large project on
    // every list was a quarter of its time. Per language; only grows with the project's vocabulary.
    private final Map<String, Map<String, String>> stems = new java.util.concurrent.ConcurrentHashMap<>();

    public WordFrequencyService(Database db, SearchIndex index, CodingAggregates aggregates, SourceLists sourceLists) {
        this.db = db;
        this.index = index;
        this.aggregates = aggregates;
        this.sourceLists = sourceLists;
    }

    public WordFrequency words(WordOptions options) {
        // Whole sources are counted from the index's term statistics; coded text by tokenizing it.
        var idx = options.inNode() == null ? index.current(IndexProgress.NONE, () -> false) : null;
        // The index's counts are used as they are (read only here), not copied into a new counter.
        WordCounter[] counted = {new WordCounter()};
        String[] language = new String[1];
        int sources = db.read(tx -> {
            language[0] = tx.settings().get("language").orElse("en");
            List<Source> scope = SourceScope.sources(tx, sourceLists, options.filter());
            Map<SourceId, List<Span>> coded = options.inNode() == null ? null
                    : aggregates.regions(tx, tx.nodes().tree(), options.inNode());
            if (idx != null) {
                counted[0] = idx.termCounts(options.filter().isAll() ? null
                        : scope.stream().mapToLong(s -> s.id().value()).toArray());
                return scope.size();
            }
            WordCounter counter = counted[0];
            int n = 0;
            for (Source s : scope) {
                List<Span> regions = coded == null ? null : coded.get(s.id());
                if (coded != null && regions == null) {
                    continue;
                }
                String text = tx.sources().text(s.id()).text();
                n++;
                if (regions == null) {
                    counter.add(text, 0, text.length());
                } else {
                    regions.forEach(r -> counter.add(text, r.start(), r.end()));
                }
            }
            return n;
        });
        WordCounter counter = counted[0];
        Set<String> stop = new HashSet<>(options.stopWords());
        if ("en".equals(IndexSchema.language(language[0]))) {
            stop.addAll(IndexSchema.englishStopWords());
        }
        Map<String, long[]> counts = counter.counts();
        Map<String, String> stemOf = null;
        if (!options.exact()) {
            stemOf = stems.computeIfAbsent(language[0], l -> new java.util.concurrent.ConcurrentHashMap<>());
            List<String> unknown = new ArrayList<>();
            for (String w : counts.keySet()) {
                if (!stemOf.containsKey(w)) {
                    unknown.add(w);
                }
            }
            if (!unknown.isEmpty()) {
                stemOf.putAll(WordCounter.stems(language[0], unknown));
            }
        }
        // Each group's total and most used form in one pass over the words (a word's group is
        // itself, or its stem); the forms are listed for the top groups only.
        Map<String, Group> groups = new HashMap<>(Math.max(16, counts.size() * 2));
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            String w = e.getKey();
            if (stop.contains(w) || w.codePointCount(0, w.length()) < options.minLength()) {
                continue;
            }
            String key = stemOf == null ? w : stemOf.get(w);
            Group g = groups.get(key);
            if (g == null) {
                g = new Group();
                groups.put(key, g);
            }
            g.add(w, e.getValue()[0]);
        }
        Comparator<Group> ranked = Comparator.comparingLong((Group g) -> -g.count).thenComparing(g -> g.first);
        int top = Math.max(0, Math.min(options.top(), groups.size()));
        // A heap of the best so far: a project has tens of thousands of words; a list shows a hundred.
        java.util.PriorityQueue<Group> best = new java.util.PriorityQueue<>(Math.max(1, top + 1), ranked.reversed());
        for (Group g : groups.values()) {
            if (best.size() < top) {
                best.add(g);
            } else if (top > 0 && ranked.compare(g, best.peek()) < 0) {
                best.poll();
                best.add(g);
            }
        }
        List<Group> chosen = new ArrayList<>(best);
        chosen.sort(ranked);
        Comparator<String> byCount = Comparator.comparingLong((String w) -> -counts.get(w)[0])
                .thenComparing(Comparator.naturalOrder());
        long total = counter.total();
        List<WordCount> all = new ArrayList<>(chosen.size());
        for (Group g : chosen) {
            List<String> forms = new ArrayList<>(g.forms());
            forms.sort(byCount);
            all.add(new WordCount(g.first, g.count, total == 0 ? 0 : g.count * 100.0 / total, forms));
        }
        return new WordFrequency(all.subList(0, Math.min(options.top(), all.size())), total, sources);
    }

    /** The words counted together (a stem's forms): their total and the most used form (ties: first in order). */
    private static final class Group {
        private long count;
        private String first;
        private long firstCount;
        private Object others; // null, one other form, or a list of them: most groups have one form

        void add(String form, long n) {
            count += n;
            if (first == null) {
                first = form;
                firstCount = n;
                return;
            }
            String other = form;
            if (n > firstCount || (n == firstCount && form.compareTo(first) < 0)) {
                other = first;
                first = form;
                firstCount = n;
            }
            if (others == null) {
                others = other;
            } else if (others instanceof String one) {
                List<String> list = new ArrayList<>(4);
                list.add(one);
                list.add(other);
                others = list;
            } else {
                @SuppressWarnings("unchecked")
                List<String> list = (List<String>) others;
                list.add(other);
            }
        }

        List<String> forms() {
            List<String> out = new ArrayList<>();
            out.add(first);
            if (others instanceof String one) {
                out.add(one);
            } else if (others != null) {
                @SuppressWarnings("unchecked")
                List<String> list = (List<String>) others;
                out.addAll(list);
            }
            return out;
        }
    }
}
