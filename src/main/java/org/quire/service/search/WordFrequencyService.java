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
        WordCounter counter = new WordCounter();
        String[] language = new String[1];
        int sources = db.read(tx -> {
            language[0] = tx.settings().get("language").orElse("en");
            List<Source> scope = SourceScope.sources(tx, sourceLists, options.filter());
            Map<SourceId, List<Span>> coded = options.inNode() == null ? null
                    : aggregates.regions(tx, tx.nodes().tree(), options.inNode());
            if (idx != null) {
                counter.addAll(idx.termCounts(options.filter().isAll() ? null
                        : scope.stream().mapToLong(s -> s.id().value()).toArray()));
                return scope.size();
            }
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
        Set<String> stop = new HashSet<>(options.stopWords());
        if ("en".equals(IndexSchema.language(language[0]))) {
            stop.addAll(IndexSchema.englishStopWords());
        }
        Map<String, long[]> counts = counter.counts();
        List<String> kept = new ArrayList<>();
        for (String w : counts.keySet()) {
            if (!stop.contains(w) && w.codePointCount(0, w.length()) >= options.minLength()) {
                kept.add(w);
            }
        }
        Map<String, String> groupOf = new HashMap<>();
        if (options.exact()) {
            kept.forEach(w -> groupOf.put(w, w));
        } else {
            Map<String, String> known = stems.computeIfAbsent(language[0], l -> new java.util.concurrent.ConcurrentHashMap<>());
            List<String> unknown = kept.stream().filter(w -> !known.containsKey(w)).toList();
            if (!unknown.isEmpty()) {
                known.putAll(WordCounter.stems(language[0], unknown));
            }
            kept.forEach(w -> groupOf.put(w, known.get(w)));
        }
        Map<String, List<String>> groups = new HashMap<>();
        for (String w : kept) {
            groups.computeIfAbsent(groupOf.get(w), g -> new ArrayList<>()).add(w);
        }
        Comparator<String> byCount = Comparator.comparingLong((String w) -> -counts.get(w)[0])
                .thenComparing(Comparator.naturalOrder());
        // Only the top groups are sorted: each group's total and most used form in one pass, then
        // a heap of the best so far. A project has tens of thousands of words; a list shows a hundred.
        record Group(String word, long count, List<String> forms) {
        }
        Comparator<Group> ranked = Comparator.comparingLong((Group g) -> -g.count()).thenComparing(Group::word);
        int top = Math.max(0, Math.min(options.top(), groups.size()));
        java.util.PriorityQueue<Group> best = new java.util.PriorityQueue<>(Math.max(1, top + 1), ranked.reversed());
        for (List<String> forms : groups.values()) {
            long sum = 0;
            String first = null;
            for (String f : forms) {
                sum += counts.get(f)[0];
                if (first == null || byCount.compare(f, first) < 0) {
                    first = f;
                }
            }
            Group g = new Group(first, sum, forms);
            if (best.size() < top) {
                best.add(g);
            } else if (top > 0 && ranked.compare(g, best.peek()) < 0) {
                best.poll();
                best.add(g);
            }
        }
        List<Group> chosen = new ArrayList<>(best);
        chosen.sort(ranked);
        long total = counter.total();
        List<WordCount> all = new ArrayList<>(chosen.size());
        for (Group g : chosen) {
            List<String> forms = new ArrayList<>(g.forms());
            forms.sort(byCount);
            all.add(new WordCount(g.word(), g.count(), total == 0 ? 0 : g.count() * 100.0 / total, forms));
        }
        return new WordFrequency(all.subList(0, Math.min(options.top(), all.size())), total, sources);
    }
}
