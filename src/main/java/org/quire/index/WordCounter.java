package org.quire.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Counts words the way the index sees them (Lucene's standard tokenizer, lower-cased), streaming
 * over any number of texts or passages; not thread-safe.
 */
public final class WordCounter {
    private final Analyzer analyzer = IndexSchema.exact();
    private final Map<String, long[]> counts = new HashMap<>();
    private long total;

    /** Counts the words of {@code text[from, to)}. */
    public void add(String text, int from, int to) {
        try (TokenStream tokens = analyzer.tokenStream(IndexSchema.EXACT, new CharSequenceReader(text, from, to))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                total++;
                counts.computeIfAbsent(term.toString(), k -> new long[1])[0]++;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds {@code count} occurrences of a word already lower-cased and tokenized (from the index). */
    void addCount(String word, long count) {
        total += count;
        counts.computeIfAbsent(word, k -> new long[1])[0] += count;
    }

    /** Adds everything another counter counted. */
    public void addAll(WordCounter other) {
        other.counts.forEach((w, c) -> addCount(w, c[0]));
    }

    /** How many words were counted, stop words included. */
    public long total() {
        return total;
    }

    /** Word → count; the arrays are the live counters. */
    public Map<String, long[]> counts() {
        return counts;
    }

    /** The stem of each word in a language (a word the stemmer drops, like a stop word, stems to itself). */
    public static Map<String, String> stems(String language, Collection<String> words) {
        Map<String, String> out = new HashMap<>(words.size() * 2);
        try (Analyzer stemmer = IndexSchema.stemming(language)) {
            for (String w : words) {
                String stem = w;
                try (TokenStream ts = stemmer.tokenStream(IndexSchema.STEMMED, w)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    if (ts.incrementToken()) {
                        stem = term.toString();
                    }
                    ts.end();
                }
                out.put(w, stem);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A reader over part of a string without copying it. */
    private static final class CharSequenceReader extends java.io.Reader {
        private final String text;
        private int pos;
        private final int end;

        CharSequenceReader(String text, int from, int to) {
            this.text = text;
            this.pos = from;
            this.end = to;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (pos >= end) {
                return -1;
            }
            int n = Math.min(len, end - pos);
            text.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
