package org.quire.service.search;

import java.util.List;

/**
 * One entry of a word frequency list.
 *
 * @param word             the most frequent form of the word
 * @param count            occurrences of every form
 * @param weightedPercent  count / all words counted × 100
 * @param forms            every form counted here, most frequent first (one when exact)
 */
public record WordCount(String word, long count, double weightedPercent, List<String> forms) {
    public WordCount {
        forms = List.copyOf(forms);
    }
}
