package org.quire.analysis;

import java.util.Arrays;
import java.util.Random;

/**
 * Deterministic, English-like prose for benchmarks and generated projects: a Zipf-distributed
 * vocabulary (common English function words at the top, then made-up words built from
 * syllables), sentences of 6–28 words and paragraphs of 2–7 sentences. No text is copied from
 * anywhere; the same seed always gives the same words.
 */
public final class SyntheticText {
    private static final String[] FUNCTION_WORDS = ("the of and to a in that is was he for it with as his on be at by"
            + " i this had not are but from or have an they which one you were her all she there would their we him"
            + " been has when who will more no if out so said what up its about into than them can only other new"
            + " some could time these two may then do first any my now such like our over man me even most made"
            + " after also did many before must through back years where much your way well down should because"
            + " each just those people how too little state good very make world still own see men work long get"
            + " here between both life being under never day same another know while last might us great old year"
            + " off come since against go came right used take three").split(" ");
    private static final String[] SYLLABLES = ("ka lo mi ne ru ta shi fen dor vel cra mon tis par lin gor ben sa"
            + " rel ost und ver com pro ter ing ment ation al ous ive ly er ed ar or ic an en ist ure age ance").split(" ");

    private final Random random;
    private final String[] vocabulary;
    private final double[] cumulative;

    public SyntheticText(long seed, int vocabularySize) {
        this.random = new Random(seed);
        this.vocabulary = new String[vocabularySize];
        Random words = new Random(42);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < vocabularySize; i++) {
            String w;
            if (i < FUNCTION_WORDS.length) {
                w = FUNCTION_WORDS[i];
            } else {
                do {
                    StringBuilder b = new StringBuilder();
                    int syllables = 2 + words.nextInt(3);
                    for (int s = 0; s < syllables; s++) {
                        b.append(SYLLABLES[words.nextInt(SYLLABLES.length)]);
                    }
                    w = b.toString();
                } while (!seen.add(w));
            }
            vocabulary[i] = w;
        }
        cumulative = new double[vocabularySize];
        double sum = 0;
        for (int r = 0; r < vocabularySize; r++) {
            sum += 1.0 / Math.pow(r + 1, 1.07);
            cumulative[r] = sum;
        }
        for (int r = 0; r < vocabularySize; r++) {
            cumulative[r] /= sum;
        }
    }

    public String word() {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[i < 0 ? Math.min(-i - 1, vocabulary.length - 1) : i];
    }

    public String sentence() {
        int n = 6 + random.nextInt(23);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = word();
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            } else {
                b.append(random.nextInt(12) == 0 ? ", " : " ");
            }
            b.append(w);
        }
        return b.append('.').toString();
    }

    public String paragraph() {
        int n = 2 + random.nextInt(6);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(sentence());
        }
        return b.toString();
    }

    /** Paragraphs totalling at least {@code words} words. */
    public java.util.List<String> paragraphs(int words) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int count = 0;
        while (count < words) {
            String p = paragraph();
            count += p.split(" ").length;
            out.add(p);
        }
        return out;
    }

    public Random random() {
        return random;
    }
}
