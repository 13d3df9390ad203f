package org.quire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quire.model.Span;

class SpanListCodecTest {
    @Test
    void spansComeBackExactlyInTheirOrderEvenWhenTheyOverlapOrAreEmpty() {
        List<Span> spans = List.of(new Span(0, 0), new Span(3, 120), new Span(100, 130), new Span(130, 130),
                new Span(5, 9), new Span(70_000, 2_000_000_000));
        assertThat(SpanListCodec.decode(SpanListCodec.encode(spans))).containsExactlyElementsOf(spans);
        assertThat(SpanListCodec.decode(SpanListCodec.encode(List.of()))).isEmpty();
    }

    @Test
    void manyParagraphsTakeAFewBytesEach() {
        Random random = new Random(7);
        List<Span> paragraphs = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < 5_000; i++) {
            int start = at + random.nextInt(3);
            int end = start + random.nextInt(2_000);
            paragraphs.add(new Span(start, end));
            at = end;
        }
        byte[] bytes = SpanListCodec.encode(paragraphs);
        assertThat(SpanListCodec.decode(bytes)).containsExactlyElementsOf(paragraphs);
        assertThat(bytes.length).isLessThan(paragraphs.size() * 4);
    }

    @Test
    void aValueCutShortIsRefused() {
        byte[] bytes = SpanListCodec.encode(List.of(new Span(10, 500), new Span(600, 900)));
        assertThatThrownBy(() -> SpanListCodec.decode(Arrays.copyOf(bytes, bytes.length - 1)))
                .hasMessageContaining("cut short after 1 spans");
    }
}
