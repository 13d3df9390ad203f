package org.quire.service.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quire.index.IndexSchema;
import org.quire.index.TextIndex;
import org.quire.index.WordCounter;
import org.quire.model.Source;
import org.quire.model.SourceFilter;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.service.coding.CodingAggregates;
import org.quire.service.coding.SourceLists;
import org.quire.store.Database;
import org.quire.store.Tx;

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
        TextIndex.TermCounts[] counted = new TextIndex.TermCounts[1];
        String[] language = new String[1];
        int sources = db.read(tx -> {
            language[0] = tx.settings().get("language").orElse("en");
            List<Source> scope = SourceScope.sources(tx, sourceLists, options.filter());
            if (idx != null) {
                counted[0] = fromIndex(tx, idx, options.filter(), scope);
                return scope.size();
            }
            Map<SourceId, List<Span>> coded = aggregates.regions(tx, tx.nodes().tree(), options.inNode());
            WordCounter counter = new WordCounter();
            int n = 0;
            for (Source s : scope) {
                List<Span> regions = coded.get(s.id());
                if (regions == null) {
                    continue;
                }
                String text = tx.sources().text(s.id()).text();
                n++;
                regions.forEach(r -> counter.add(text, r.start(), r.end()));
            }
            counted[0] = arrays(counter);
            return n;
        });
        return list(counted[0], sources, language[0], options);
    }

    // The index's counts over the scope: over all sources kept with the index; over whole folders
    // added up from counts kept per folder; otherwise by walking each word's postings over the scope.
    private TextIndex.TermCounts fromIndex(Tx tx, TextIndex idx, SourceFilter filter, List<Source> scope) {
        if (filter.isAll()) {
            return idx.allTermCounts();
        }
        if (filter.attributes().isEmpty() && filter.from() == null && filter.to() == null) {
            // A folder filter lets through every source of the folders it names (sub-folders
            // included) and nothing else, so its words are those folders' words.
            Set<String> folders = new HashSet<>();
            scope.forEach(s -> folders.add(s.folder()));
            TextIndex.TermCounts byFolder = idx.termCountsOfGroups(folders(tx), folders);
            if (byFolder != null) {
                return byFolder;
            }
        }
        return arrays(idx.termCounts(scope.stream().mapToLong(s -> s.id().value()).toArray()));
    }

    /** Which folder each source is in, kept for the list of sources it was made from. */
    private record Folders(List<Source> of, TextIndex.SourceGroups groups) {
    }

    private volatile Folders folders;

    private TextIndex.SourceGroups folders(Tx tx) {
        List<Source> all = sourceLists.all(tx);
        Folders f = folders;
        if (f == null || f.of() != all) {
            Map<Long, String> groups = new HashMap<>(all.size() * 2);
            all.forEach(s -> groups.put(s.id().value(), s.folder()));
            f = new Folders(all, new TextIndex.SourceGroups(groups));
            folders = f;
        }
        return f.groups();
    }

    private static TextIndex.TermCounts arrays(WordCounter counter) {
        Map<String, long[]> map = counter.counts();
        String[] words = new String[map.size()];
        long[] counts = new long[map.size()];
        int i = 0;
        for (Map.Entry<String, long[]> e : map.entrySet()) {
            words[i] = e.getKey();
            counts[i] = e.getValue()[0];
            i++;
        }
        return new TextIndex.TermCounts(words, counts, counter.total());
    }

    /** Each word's group (itself, or its stem) as a number, for one list of words and one language. */
    private record Grouping(String[] words, String language, int[] groupOf, int groups) {
    }

    private volatile Grouping grouping;

    // The index's list of words is the same until the index changes, so their stems' numbers are
    // kept with it: grouping is then a pass over arrays rather than a hash lookup per word.
    private Grouping grouping(String[] words, String language, boolean exact, boolean keep) {
        Grouping g = grouping;
        if (g != null && g.words() == words && g.language().equals(language) && (g.groupOf() == null) == exact) {
            return g;
        }
        if (exact) {
            // An exact list groups each word alone: its number is its place.
            g = new Grouping(words, language, null, words.length);
            if (keep) {
                grouping = g;
            }
            return g;
        }
        Map<String, String> stemOf = stems.computeIfAbsent(language, l -> new java.util.concurrent.ConcurrentHashMap<>());
        List<String> unknown = new ArrayList<>();
        for (String w : words) {
            if (!stemOf.containsKey(w)) {
                unknown.add(w);
            }
        }
        if (!unknown.isEmpty()) {
            stemOf.putAll(WordCounter.stems(language, unknown));
        }
        int[] groupOf = new int[words.length];
        Map<String, Integer> ids = new HashMap<>(Math.max(16, words.length * 2));
        for (int i = 0; i < words.length; i++) {
            Integer id = ids.get(stemOf.get(words[i]));
            if (id == null) {
                id = ids.size();
                ids.put(stemOf.get(words[i]), id);
            }
            groupOf[i] = id;
        }
        g = new Grouping(words, language, groupOf, ids.size());
        if (keep) {
            grouping = g;
        }
        return g;
    }

    private WordFrequency list(TextIndex.TermCounts counted, int sources, String language, WordOptions options) {
        Set<String> stop = new HashSet<>(options.stopWords());
        if ("en".equals(IndexSchema.language(language))) {
            stop.addAll(IndexSchema.englishStopWords());
        }
        String[] words = counted.words();
        long[] counts = counted.counts();
        Grouping grouping = grouping(words, language, options.exact(), options.inNode() == null);
        int[] groupOf = grouping.groupOf();
        // Each group's total and most used form in one pass over the words (a word's group is
        // itself, or its stem); the forms are listed for the top groups only.
        Group[] groups = new Group[grouping.groups()];
        List<Group> used = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            long n = counts[i];
            if (n == 0) {
                continue;
            }
            String w = words[i];
            if (stop.contains(w) || w.codePointCount(0, w.length()) < options.minLength()) {
                continue;
            }
            int key = groupOf == null ? i : groupOf[i];
            Group g = groups[key];
            if (g == null) {
                g = new Group();
                groups[key] = g;
                used.add(g);
            }
            g.add(w, n);
        }
        Comparator<Group> ranked = Comparator.comparingLong((Group g) -> -g.count).thenComparing(g -> g.first);
        int top = Math.max(0, Math.min(options.top(), used.size()));
        // A heap of the best so far: a project has tens of thousands of words; a list shows a hundred.
        java.util.PriorityQueue<Group> best = new java.util.PriorityQueue<>(Math.max(1, top + 1), ranked.reversed());
        for (Group g : used) {
            if (best.size() < top) {
                best.add(g);
            } else if (top > 0 && ranked.compare(g, best.peek()) < 0) {
                best.poll();
                best.add(g);
            }
        }
        List<Group> chosen = new ArrayList<>(best);
        chosen.sort(ranked);
        long total = counted.total();
        List<WordCount> all = new ArrayList<>(chosen.size());
        for (Group g : chosen) {
            List<Group.Form> forms = g.forms();
            forms.sort(Comparator.comparingLong((Group.Form f) -> -f.count()).thenComparing(Group.Form::word));
            all.add(new WordCount(g.first, g.count, total == 0 ? 0 : g.count * 100.0 / total,
                    forms.stream().map(Group.Form::word).toList()));
        }
        return new WordFrequency(all.subList(0, Math.min(options.top(), all.size())), total, sources);
    }

    /** The words counted together (a stem's forms): their total and the most used form (ties: first in order). */
    private static final class Group {
        /** One form of the group and how often it occurs. */
        record Form(String word, long count) {
        }

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
            Form other = new Form(form, n);
            if (n > firstCount || (n == firstCount && form.compareTo(first) < 0)) {
                other = new Form(first, firstCount);
                first = form;
                firstCount = n;
            }
            if (others == null) {
                others = other;
            } else if (others instanceof Form one) {
                List<Form> list = new ArrayList<>(4);
                list.add(one);
                list.add(other);
                others = list;
            } else {
                @SuppressWarnings("unchecked")
                List<Form> list = (List<Form>) others;
                list.add(other);
            }
        }

        List<Form> forms() {
            List<Form> out = new ArrayList<>();
            out.add(new Form(first, firstCount));
            if (others instanceof Form one) {
                out.add(one);
            } else if (others != null) {
                @SuppressWarnings("unchecked")
                List<Form> list = (List<Form>) others;
                out.addAll(list);
            }
            return out;
        }
    }
}
