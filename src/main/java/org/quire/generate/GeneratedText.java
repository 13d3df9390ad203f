package org.quire.generate;

/**
 * The text of one generated source and where its sentences are, so codings can start and end
 * where a researcher's selection would: on a sentence, a few sentences, or a paragraph.
 *
 * @param sentenceParagraph for each sentence, the index of the paragraph it belongs to
 */
record GeneratedText(String text, int[] sentenceStarts, int[] sentenceEnds, int[] sentenceParagraph) {
    int sentences() {
        return sentenceStarts.length;
    }
}
