package org.quire.generate;

import java.util.Arrays;
import java.util.Random;
import org.quire.analysis.SyntheticText;

/**
 * Writes the text of notes, interview transcripts and reports from {@link SyntheticText} prose,
 * recording every sentence's position as it goes. Deterministic for a given seed.
 */
final class TextFactory {
    private final SyntheticText prose;
    private final Random random;

    TextFactory(long seed) {
        this.prose = new SyntheticText(seed, 20_000);
        this.random = prose.random();
    }

    Random random() {
        return random;
    }

    /** A content word (made up, at least five letters) for names and headings. */
    String contentWord() {
        String w;
        do {
            w = prose.word();
        } while (w.length() < 5);
        return w;
    }

    /** One to three content words, the first capitalised: a node, heading or theme name. */
    String title(int maxWords) {
        int n = 1 + random.nextInt(maxWords);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = contentWord();
            b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return b.toString();
    }

    String sentence() {
        return prose.sentence();
    }

    /** A text of about {@code words} words in the style of {@code kind}, headed by {@code heading}. */
    GeneratedText write(SourceKind kind, String heading, int words) {
        Writer w = new Writer();
        w.line(heading);
        while (w.words < words) {
            switch (kind) {
                case NOTE -> w.paragraph("", 2 + random.nextInt(6));
                case TRANSCRIPT -> {
                    w.paragraph("INTERVIEWER: ", 1 + random.nextInt(2));
                    w.paragraph("RESPONDENT: ", 1 + random.nextInt(7));
                }
                case REPORT -> {
                    if (random.nextInt(10) == 0) {
                        w.line((w.paragraphs / 10 + 1) + ". " + title(4));
                    }
                    w.paragraph("", 3 + random.nextInt(6));
                }
            }
        }
        return w.finish();
    }

    /** Builds the text and the sentence table together, so offsets are exact by construction. */
    private final class Writer {
        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int[] paragraph = new int[64];
        private int sentences;
        private int paragraphs;
        private long words;

        /** A heading or title line: its own paragraph, never coded on its own. */
        void line(String line) {
            separate();
            text.append(line);
            words += line.split(" ").length;
            paragraphs++;
        }

        void paragraph(String prefix, int count) {
            separate();
            text.append(prefix);
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                String s = prose.sentence();
                add(text.length(), text.length() + s.length());
                text.append(s);
                words += s.split(" ").length;
            }
            paragraphs++;
        }

        private void separate() {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
        }

        private void add(int start, int end) {
            if (sentences == starts.length) {
                starts = Arrays.copyOf(starts, sentences * 2);
                ends = Arrays.copyOf(ends, sentences * 2);
                paragraph = Arrays.copyOf(paragraph, sentences * 2);
            }
            starts[sentences] = start;
            ends[sentences] = end;
            paragraph[sentences] = paragraphs;
            sentences++;
        }

        GeneratedText finish() {
            text.append('\n');
            return new GeneratedText(text.toString(), Arrays.copyOf(starts, sentences), Arrays.copyOf(ends, sentences),
                    Arrays.copyOf(paragraph, sentences));
        }
    }
}
