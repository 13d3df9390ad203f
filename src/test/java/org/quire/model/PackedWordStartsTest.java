package org.quire.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedWordStartsTest {
    @Test
    void countsTheWordsOfEveryRangeAsThePlainOffsetsDo() {
        Random random = new Random(7);
        for (int words : new int[] {0, 1, 63, 64, 65, 200, 5_000}) {
            int[] starts = new int[words];
            int at = random.nextInt(3);
            for (int i = 0; i < words; i++) {
                starts[i] = at;
                // Mostly short gaps, now and then one of several hundred or a hundred thousand characters.
                at += 1 + (random.nextInt(20) == 0 ? random.nextInt(400) : random.nextInt(12))
                        + (random.nextInt(500) == 0 ? 100_000 : 0);
            }
            PackedWordStarts packed = PackedWordStarts.of(starts);
            assertThat(packed.size()).isEqualTo(words);
            for (int k = 0; k < 2_000; k++) {
                int a = random.nextInt(at + 2);
                int b = a + random.nextInt(Math.max(1, at + 2 - a));
                Span span = new Span(a, b);
                assertThat(packed.countIn(span)).as(words + " words, " + span).isEqualTo(Words.countIn(starts, span));
            }
            for (int s : starts) {
                assertThat(packed.countIn(new Span(s, s + 1))).isEqualTo(1);
                assertThat(packed.countIn(new Span(0, s))).isEqualTo(Words.countIn(starts, new Span(0, s)));
            }
        }
    }
}
