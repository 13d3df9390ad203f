package org.quire.service.search;

import java.util.List;

/** The most frequent words, and how many words were counted in all (stop words included). */
public record WordFrequency(List<WordCount> words, long totalWords, int sources) {
    public WordFrequency {
        words = List.copyOf(words);
    }
}
