package org.quire.ui.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the coding stripes of a document go: which codings reach into the visible stretch of text,
 * one column per node, and how densely each part of the whole text is coded. Plain Java, so the
 * cost is measured and tested without a toolkit; the margin only draws what this returns.
 */
public final class StripeLayout {
    /** One coded passage: its character range, its node's path and colour. */
    public record Stripe(int start, int end, String node, String color) {
    }

    /** A node's column in the margin and the stripes drawn in it (visible part only). */
    public record Column(String node, String color, List<Stripe> stripes) {
    }

    private final Stripe[] byStart;
    private final int longest;
    private final int length;

    /** @param length the text's length in characters */
    public StripeLayout(int length, List<Stripe> stripes) {
        this.length = length;
        this.byStart = stripes.toArray(Stripe[]::new);
        Arrays.sort(byStart, Comparator.comparingInt(Stripe::start));
        int max = 0;
        for (Stripe s : byStart) {
            max = Math.max(max, s.end() - s.start());
        }
        this.longest = max;
    }

    public int size() {
        return byStart.length;
    }

    /**
     * The codings overlapping {@code [from, to)}, grouped in columns by node path. Only codings that
     * start after {@code from - longest} can reach the range, so a scroll looks at the codings near
     * the viewport rather than at all of them (unless one coding spans the whole text).
     */
    public List<Column> visible(int from, int to) {
        int first = firstStartAtLeast((long) from - longest);
        Map<String, List<Stripe>> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> colours = new LinkedHashMap<>();
        for (int i = first; i < byStart.length && byStart[i].start() < Math.max(to, from + 1); i++) {
            Stripe s = byStart[i];
            if (s.end() > from || (s.start() == s.end() && s.start() >= from)) {
                columns.computeIfAbsent(s.node(), k -> new ArrayList<>()).add(s);
                colours.putIfAbsent(s.node(), s.color());
            }
        }
        List<Column> out = new ArrayList<>(columns.size());
        columns.forEach((node, list) -> out.add(new Column(node, colours.get(node), List.copyOf(list))));
        return out;
    }

    private int firstStartAtLeast(long offset) {
        int lo = 0;
        int hi = byStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart[mid].start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * How many codings cover each of {@code buckets} equal stretches of the text (the most at any
     * character in the stretch): the density bar. One pass over boundaries, O(codings + length).
     */
    public int[] density(int buckets) {
        int[] out = new int[Math.max(1, buckets)];
        if (length == 0 || byStart.length == 0) {
            return out;
        }
        int[] delta = new int[length + 1];
        for (Stripe s : byStart) {
            int a = Math.min(Math.max(0, s.start()), length);
            int b = Math.min(Math.max(a, s.end()), length);
            if (b > a) {
                delta[a]++;
                delta[b]--;
            }
        }
        int depth = 0;
        for (int i = 0; i < length; i++) {
            depth += delta[i];
            int bucket = (int) ((long) i * out.length / length);
            if (depth > out[bucket]) {
                out[bucket] = depth;
            }
        }
        return out;
    }
}
