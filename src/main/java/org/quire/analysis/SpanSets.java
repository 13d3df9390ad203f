package org.quire.analysis;

import java.util.ArrayList;
import java.util.List;
import org.quire.model.Span;

/**
 * Set operations on the text of one source, each set being sorted, disjoint spans (as
 * {@link Intervals#union} returns). Every operation is one linear merge.
 */
public final class SpanSets {
    private SpanSets() {
    }

    /** Text in both sets. */
    public static List<Span> and(List<Span> a, List<Span> b) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Span x = a.get(i);
            Span y = b.get(j);
            int s = Math.max(x.start(), y.start());
            int e = Math.min(x.end(), y.end());
            if (s < e) {
                out.add(new Span(s, e));
            }
            if (x.end() < y.end()) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    /** Text in either set. */
    public static List<Span> or(List<Span> a, List<Span> b) {
        List<Span> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return Intervals.union(all);
    }

    /** Text in {@code a} and not in {@code b}. */
    public static List<Span> not(List<Span> a, List<Span> b) {
        List<Span> out = new ArrayList<>();
        int j = 0;
        for (Span x : a) {
            int s = x.start();
            while (j < b.size() && b.get(j).end() <= s) {
                j++;
            }
            int k = j;
            while (k < b.size() && b.get(k).start() < x.end()) {
                Span y = b.get(k);
                if (y.start() > s) {
                    out.add(new Span(s, y.start()));
                }
                s = Math.max(s, y.end());
                k++;
            }
            if (s < x.end()) {
                out.add(new Span(s, x.end()));
            }
        }
        return out;
    }

    /**
     * The passages of {@code a} and of {@code b} that have a passage of the other set within
     * {@code chars} characters (0: overlapping or touching), joined where they overlap.
     */
    public static List<Span> near(List<Span> a, List<Span> b, int chars) {
        List<Span> hits = new ArrayList<>();
        hits.addAll(within(a, b, chars));
        hits.addAll(within(b, a, chars));
        return Intervals.union(hits);
    }

    private static List<Span> within(List<Span> a, List<Span> b, int chars) {
        List<Span> out = new ArrayList<>();
        int j = 0;
        for (Span x : a) {
            while (j < b.size() && b.get(j).end() + chars < x.start()) {
                j++;
            }
            if (j < b.size() && b.get(j).start() <= x.end() + chars) {
                out.add(x);
            }
        }
        return out;
    }

    /** The passages of {@code a} and of {@code b} that share a paragraph with a passage of the other. */
    public static List<Span> sameParagraph(List<Span> a, List<Span> b, List<Span> paragraphs) {
        List<Span> paraA = touched(a, paragraphs);
        List<Span> paraB = touched(b, paragraphs);
        List<Span> both = and(paraA, paraB);
        List<Span> hits = new ArrayList<>();
        for (Span x : a) {
            if (!and(List.of(x), both).isEmpty()) {
                hits.add(x);
            }
        }
        for (Span y : b) {
            if (!and(List.of(y), both).isEmpty()) {
                hits.add(y);
            }
        }
        return Intervals.union(hits);
    }

    // The paragraphs any span of the set touches, as a set.
    private static List<Span> touched(List<Span> set, List<Span> paragraphs) {
        List<Span> out = new ArrayList<>();
        int j = 0;
        for (Span p : paragraphs) {
            while (j < set.size() && set.get(j).end() <= p.start()) {
                j++;
            }
            if (j < set.size() && set.get(j).start() < p.end()) {
                out.add(p);
            }
        }
        return Intervals.union(out);
    }
}
