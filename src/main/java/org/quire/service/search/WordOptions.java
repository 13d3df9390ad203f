package org.quire.service.search;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.quire.model.NodeId;
import org.quire.model.SourceFilter;

/**
 * What a word frequency list counts.
 *
 * @param top       how many words to list
 * @param minLength words shorter than this (in characters) are left out
 * @param exact     count words as written; otherwise words with the same stem are one entry
 * @param stopWords the user's own words to leave out, besides the standard English stop words
 * @param filter    which sources
 * @param inNode    only text coded at this node or its descendants, or null
 */
public record WordOptions(int top, int minLength, boolean exact, Set<String> stopWords, SourceFilter filter,
                          NodeId inNode) {
    public WordOptions {
        if (top < 1) {
            throw new org.quire.model.QuireException("The number of words to list must be 1 or more, not " + top);
        }
        minLength = Math.max(1, minLength);
        stopWords = stopWords == null ? Set.of()
                : stopWords.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        filter = filter == null ? SourceFilter.ALL : filter;
    }

    public static WordOptions defaults() {
        return new WordOptions(50, 3, false, Set.of(), SourceFilter.ALL, null);
    }

    public WordOptions top(int n) {
        return new WordOptions(n, minLength, exact, stopWords, filter, inNode);
    }

    public WordOptions minLength(int n) {
        return new WordOptions(top, n, exact, stopWords, filter, inNode);
    }

    public WordOptions exact(boolean e) {
        return new WordOptions(top, minLength, e, stopWords, filter, inNode);
    }

    public WordOptions stopWords(Set<String> words) {
        return new WordOptions(top, minLength, exact, words, filter, inNode);
    }

    public WordOptions filter(SourceFilter f) {
        return new WordOptions(top, minLength, exact, stopWords, f, inNode);
    }

    public WordOptions inNode(NodeId node) {
        return new WordOptions(top, minLength, exact, stopWords, filter, node);
    }
}
