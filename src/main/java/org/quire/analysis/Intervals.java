package org.quire.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.quire.model.Span;

/** Interval arithmetic over spans of one text. */
public final class Intervals {
    private Intervals() {
    }

    /** The union of {@code spans} as disjoint, sorted spans (touching spans are joined). */
    public static List<Span> union(List<Span> spans) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<Span> sorted = new ArrayList<>(spans);
        Collections.sort(sorted);
        List<Span> out = new ArrayList<>();
        int start = sorted.get(0).start();
        int end = sorted.get(0).end();
        for (int i = 1; i < sorted.size(); i++) {
            Span s = sorted.get(i);
            if (s.start() <= end) {
                end = Math.max(end, s.end());
            } else {
                out.add(new Span(start, end));
                start = s.start();
                end = s.end();
            }
        }
        out.add(new Span(start, end));
        return out;
    }

    /** {@code span} minus {@code cut}: zero, one or two pieces. */
    public static List<Span> subtract(Span span, Span cut) {
        if (!span.overlaps(cut)) {
            return List.of(span);
        }
        List<Span> out = new ArrayList<>(2);
        if (span.start() < cut.start()) {
            out.add(new Span(span.start(), cut.start()));
        }
        if (cut.end() < span.end()) {
            out.add(new Span(cut.end(), span.end()));
        }
        return out;
    }
}
