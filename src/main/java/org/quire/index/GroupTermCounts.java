package org.quire.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Word counts of the unstemmed field per group of sources (the service's groups are folders),
 * kept per index segment: a segment never changes, so its table of counts, group by word, is
 * made once by one pass over its postings and then serves every list over whole groups by adding
 * a few rows. Walking each word's postings against the documents of one folder cost about as much
 * per word as the postings themselves (50,000 words in two segments at ten times a thesis).
 *
 * <p>A segment's table is made again only when its deletions change (the reader's cache key) or a
 * source in it moved to another group. Tables of segments no longer in the index are dropped, so
 * what is kept is bounded by the index: groups × words per segment, 4 bytes each, and a table that
 * would pass {@link #BUDGET_BYTES} is not made (the caller then walks the postings instead).
 */
final class GroupTermCounts {
    /** The most memory the tables of all segments together may take. */
    static final long BUDGET_BYTES = 64L << 20;

    /** One segment's table. */
    private record Table(Object key, long[] sources, String[] groupOfSource, Map<String, Integer> groups,
                         int[][] counts, long[] totals, int terms) {
        long bytes() {
            return (long) groups.size() * terms * Integer.BYTES;
        }
    }

    /** Every word of a reader once, and where each segment's words are in that list. */
    record Vocabulary(IndexReader reader, String[] words, int[][] wordOf) {
    }

    private final Map<Object, Table> tables = new HashMap<>();
    private Vocabulary vocabulary;
    private TextIndex.SourceGroups validatedFor;

    /** The words of {@code reader}, kept until the reader changes. */
    synchronized Vocabulary vocabulary(IndexReader reader) throws IOException {
        Vocabulary v = vocabulary;
        if (v != null && v.reader() == reader) {
            return v;
        }
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<LeafReaderContext> leaves = reader.leaves();
        int[][] wordOf = new int[leaves.size()][];
        for (int l = 0; l < leaves.size(); l++) {
            Terms terms = leaves.get(l).reader().terms(IndexSchema.EXACT);
            if (terms == null) {
                wordOf[l] = new int[0];
                continue;
            }
            int[] map = new int[Math.toIntExact(Math.max(0, terms.size()))];
            int ord = 0;
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                if (ord == map.length) {
                    map = Arrays.copyOf(map, Math.max(16, map.length * 2));
                }
                String w = t.utf8ToString();
                Integer id = ids.get(w);
                if (id == null) {
                    id = words.size();
                    ids.put(w, id);
                    words.add(w);
                }
                map[ord++] = id;
            }
            wordOf[l] = ord == map.length ? map : Arrays.copyOf(map, ord);
        }
        v = new Vocabulary(reader, words.toArray(String[]::new), wordOf);
        vocabulary = v;
        return v;
    }

    /**
     * Adds the counts of the {@code wanted} groups in {@code reader} into {@code out} (indexed as
     * {@link #vocabulary}'s words) and returns how many words that is in all; -1 when a table
     * would pass the memory budget (nothing is then added).
     */
    synchronized long addTo(IndexReader reader, TextIndex.SourceGroups groups, Set<String> wanted, long[] out)
            throws IOException {
        Vocabulary v = vocabulary(reader);
        List<LeafReaderContext> leaves = reader.leaves();
        Table[] current = new Table[leaves.size()];
        Map<Object, Table> keep = new HashMap<>();
        for (int l = 0; l < leaves.size(); l++) {
            LeafReader leaf = leaves.get(l).reader();
            Object key = leaf.getReaderCacheHelper() == null ? leaf : leaf.getReaderCacheHelper().getKey();
            Table t = tables.get(key);
            if (t != null && groups != validatedFor && !stillGrouped(t, groups)) {
                t = null;
            }
            if (t == null) {
                tables.remove(key);
                long used = 0;
                for (Table other : tables.values()) {
                    used += other.bytes();
                }
                t = table(key, leaf, groups, BUDGET_BYTES - used);
                if (t == null) {
                    return -1;
                }
                tables.put(key, t);
            }
            current[l] = t;
            keep.put(key, t);
        }
        // Segments merged away or with other deletions now: their tables are of no use any more.
        tables.keySet().retainAll(keep.keySet());
        validatedFor = groups;
        long total = 0;
        for (int l = 0; l < leaves.size(); l++) {
            Table t = current[l];
            int[] wordOf = v.wordOf()[l];
            for (String g : wanted) {
                Integer row = t.groups().get(g);
                if (row == null) {
                    continue;
                }
                int[] counts = t.counts()[row];
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] != 0) {
                        out[wordOf[ord]] += counts[ord];
                    }
                }
                total += t.totals()[row];
            }
        }
        return total;
    }

    // Whether every source of the segment is in the group it was in when the table was made.
    private static boolean stillGrouped(Table t, TextIndex.SourceGroups groups) {
        for (int i = 0; i < t.sources().length; i++) {
            if (!Objects.equals(t.groupOfSource()[i], groups.groupOf(t.sources()[i]))) {
                return false;
            }
        }
        return true;
    }

    // One pass over the segment's postings; null when the table would take more than budget bytes.
    private static Table table(Object key, LeafReader leaf, TextIndex.SourceGroups groups, long budget)
            throws IOException {
        int maxDoc = leaf.maxDoc();
        Bits live = leaf.getLiveDocs();
        int[] groupOfDoc = new int[maxDoc];
        Arrays.fill(groupOfDoc, -1);
        Map<String, Integer> rows = new HashMap<>();
        Map<Long, String> seen = new HashMap<>();
        SortedNumericDocValues ids = DocValues.getSortedNumeric(leaf, IndexSchema.SOURCE);
        for (int d = ids.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = ids.nextDoc()) {
            long source = ids.nextValue();
            String group = groups.groupOf(source);
            seen.putIfAbsent(source, group);
            if (group == null || (live != null && !live.get(d))) {
                continue;
            }
            groupOfDoc[d] = rows.computeIfAbsent(group, g -> rows.size());
        }
        long[] sources = new long[seen.size()];
        String[] groupOfSource = new String[seen.size()];
        int i = 0;
        for (Map.Entry<Long, String> e : seen.entrySet()) {
            sources[i] = e.getKey();
            groupOfSource[i] = e.getValue();
            i++;
        }
        Terms terms = leaf.terms(IndexSchema.EXACT);
        int termCount = terms == null ? 0 : Math.toIntExact(Math.max(0, terms.size()));
        if ((long) rows.size() * termCount * Integer.BYTES > budget) {
            return null;
        }
        int[][] counts = new int[rows.size()][termCount];
        long[] totals = new long[rows.size()];
        if (terms != null && !rows.isEmpty()) {
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            int ord = 0;
            for (BytesRef t = te.next(); t != null; t = te.next(), ord++) {
                postings = te.postings(postings, PostingsEnum.FREQS);
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    int row = groupOfDoc[d];
                    if (row >= 0) {
                        int f = postings.freq();
                        counts[row][ord] += f;
                        totals[row] += f;
                    }
                }
            }
        }
        return new Table(key, sources, groupOfSource, Map.copyOf(rows), counts, totals, termCount);
    }
}
