package org.quire.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A generated code book three levels deep (themes of codes, codes, sub-codes) and how often each
 * node is used: a few nodes carry many passages and most carry a handful, as in real projects.
 */
final class CodeBook {
    private final List<BulkLoader.NewNode> nodes;
    private final double[] cumulative;

    private CodeBook(List<BulkLoader.NewNode> nodes, double[] cumulative) {
        this.nodes = nodes;
        this.cumulative = cumulative;
    }

    static CodeBook plan(int count, TextFactory text, String[] colors) {
        Random random = text.random();
        int roots = Math.max(2, Math.round(count * 0.025f));
        int middle = Math.max(roots, Math.round(count * 0.2f));
        List<BulkLoader.NewNode> nodes = new ArrayList<>(count);
        Map<Integer, Set<String>> names = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int parent = i < roots ? -1 : i < roots + middle ? (i - roots) % roots : roots + (i - roots - middle) % middle;
            String name = uniqueName(text.title(i < roots ? 2 : 3), names.computeIfAbsent(parent, p -> new HashSet<>()));
            String color = colors[(parent < 0 ? i : parent) % colors.length];
            nodes.add(new BulkLoader.NewNode(parent, name, text.sentence(), color));
        }
        // Zipf-like use: weight 1/rank^0.8 over a random ranking; top-level nodes are rarely coded directly.
        int[] rank = new int[count];
        for (int i = 0; i < count; i++) {
            rank[i] = i + 1;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rank[i];
            rank[i] = rank[j];
            rank[j] = t;
        }
        double[] cumulative = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += (i < roots ? 0.1 : 1.0) / Math.pow(rank[i], 0.8);
            cumulative[i] = sum;
        }
        for (int i = 0; i < count; i++) {
            cumulative[i] /= sum;
        }
        return new CodeBook(nodes, cumulative);
    }

    private static String uniqueName(String name, Set<String> siblings) {
        String candidate = name;
        for (int n = 2; !siblings.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + " " + n;
        }
        return candidate;
    }

    List<BulkLoader.NewNode> nodes() {
        return nodes;
    }

    /** The index of a node to code at, drawn by use. */
    int pick(Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
    }
}
