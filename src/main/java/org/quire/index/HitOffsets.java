package org.quire.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Hit offsets for queries made only of words, wildcards, prefixes and fuzzy terms combined with
 * AND / OR / NOT — most searches. Their hits are simply the occurrences of the matching terms, so
 * each term's postings are read once per segment for all matching passages together, instead of
 * asking Lucene for the {@code Matches} of every passage (which, for a wildcard, enumerates the
 * term dictionary again for each passage). Phrases and proximity are left to {@code Matches}.
 */
final class HitOffsets {
    private final List<Term> terms;
    private final List<MultiTermQuery> patterns;

    private HitOffsets(List<Term> terms, List<MultiTermQuery> patterns) {
        this.terms = terms;
        this.patterns = patterns;
    }

    /** The plan for {@code query} as parsed (not rewritten), or null when it needs {@code Matches}. */
    static HitOffsets of(Query query) {
        List<Term> terms = new ArrayList<>();
        List<MultiTermQuery> patterns = new ArrayList<>();
        boolean[] other = new boolean[1];
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                // Words after NOT are not hits.
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query q, Term... ts) {
                if (q instanceof TermQuery) {
                    terms.addAll(List.of(ts));
                } else {
                    other[0] = true;
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                if (q instanceof MultiTermQuery m) {
                    patterns.add(m);
                } else {
                    other[0] = true;
                }
            }

            @Override
            public void visitLeaf(Query q) {
                if (!(q instanceof MatchNoDocsQuery) && !(q instanceof MatchAllDocsQuery)) {
                    other[0] = true;
                }
            }
        });
        return other[0] ? null : new HitOffsets(terms, patterns);
    }

    /**
     * The offset ranges of the query's terms in the given documents of one segment, per document,
     * relative to the passage (unmerged: a word can match through both text fields).
     */
    Map<Integer, List<int[]>> ranges(LeafReaderContext leaf, FixedBitSet docs) throws IOException {
        Map<Integer, List<int[]>> out = new HashMap<>();
        PostingsEnum reuse = null;
        for (Term t : terms) {
            Terms field = leaf.reader().terms(t.field());
            if (field == null) {
                continue;
            }
            TermsEnum te = field.iterator();
            if (te.seekExact(t.bytes())) {
                reuse = add(te, reuse, docs, out);
            }
        }
        for (MultiTermQuery m : patterns) {
            Terms field = leaf.reader().terms(m.getField());
            if (field == null) {
                continue;
            }
            TermsEnum te = m.getTermsEnum(field);
            for (BytesRef b = te.next(); b != null; b = te.next()) {
                reuse = add(te, reuse, docs, out);
            }
        }
        return out;
    }

    private static PostingsEnum add(TermsEnum te, PostingsEnum reuse, FixedBitSet docs, Map<Integer, List<int[]>> out)
            throws IOException {
        PostingsEnum p = te.postings(reuse, PostingsEnum.OFFSETS);
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
            if (d >= docs.length() || !docs.get(d)) {
                continue;
            }
            List<int[]> list = out.computeIfAbsent(d, k -> new ArrayList<>());
            for (int i = p.freq(); i > 0; i--) {
                p.nextPosition();
                if (p.startOffset() >= 0) {
                    list.add(new int[] {p.startOffset(), p.endOffset()});
                }
            }
        }
        return p;
    }
}
