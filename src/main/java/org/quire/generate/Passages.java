package org.quire.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.quire.model.Span;

/**
 * Chooses the passages a researcher would code in one source: half are one sentence, a third two
 * or three sentences of one paragraph, the rest a whole paragraph. Passages overlap freely (as
 * real coding does) but the same passage is never coded twice at the same node.
 */
final class Passages {
    private Passages() {
    }

    private record Key(int node, int start, int end) {
    }

    static List<BulkLoader.NewCoding> pick(GeneratedText text, int count, CodeBook book, LocalDate sourceDate,
                                           Random random) {
        int n = text.sentences();
        List<BulkLoader.NewCoding> out = new ArrayList<>(count);
        if (n == 0) {
            return out;
        }
        Set<Key> seen = new HashSet<>();
        int[] para = text.sentenceParagraph();
        for (int made = 0, tries = 0; made < count && tries < count * 5; tries++) {
            int first = random.nextInt(n);
            int last = first;
            int kind = random.nextInt(6);
            if (kind >= 3 && kind < 5) {
                last = Math.min(n - 1, first + 1 + random.nextInt(2));
                while (para[last] != para[first]) {
                    last--;
                }
            } else if (kind == 5) {
                while (first > 0 && para[first - 1] == para[first]) {
                    first--;
                }
                while (last < n - 1 && para[last + 1] == para[last]) {
                    last++;
                }
            }
            int node = book.pick(random);
            Span span = new Span(text.sentenceStarts()[first], text.sentenceEnds()[last]);
            if (seen.add(new Key(node, span.start(), span.end()))) {
                Instant at = sourceDate.plusDays(1 + random.nextInt(200)).atTime(9, 0).toInstant(ZoneOffset.UTC)
                        .plusSeconds(random.nextInt(8 * 3600));
                out.add(new BulkLoader.NewCoding(node, span, at));
                made++;
            }
        }
        return out;
    }
}
