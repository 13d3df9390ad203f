package org.quire.ui.queries;

import java.util.ArrayList;
import java.util.List;

/**
 * Places words for a word cloud without overlaps: the largest first, each on an outward spiral from
 * the centre until its box touches no box placed before. Font size grows with the square root of
 * the count, so area follows frequency. Plain geometry, so it is tested without a toolkit; the
 * caller measures text in the font it will draw with.
 */
public final class WordCloudLayout {
    /** Measures a word's box at a font size. */
    public interface Measure {
        double[] size(String word, double fontSize);
    }

    /** A word placed: the top-left of its box, its size and the font size it was measured at. */
    public record Placed(String word, long count, double x, double y, double width, double height, double fontSize) {
        boolean overlaps(Placed o, double gap) {
            return x < o.x + o.width + gap && o.x < x + width + gap && y < o.y + o.height + gap
                    && o.y < y + height + gap;
        }
    }

    /** A word and its count, largest count first. */
    public record Entry(String word, long count) {
    }

    static final double MIN_FONT = 11;
    static final double MAX_FONT = 56;
    private static final double GAP = 3;
    private static final double STEP = 12;
    private static final double TURN = 10;
    // After this many words in a row find no room, smaller ones will not either: stop.
    private static final int MISSES = 6;

    private WordCloudLayout() {
    }

    /**
     * Lays out as many of {@code words} (most frequent first) as fit in {@code width × height};
     * those that do not fit after a full spiral are left out.
     */
    public static List<Placed> layout(List<Entry> words, double width, double height, Measure measure) {
        List<Placed> best = new ArrayList<>();
        if (words.isEmpty() || width < 20 || height < 20) {
            return best;
        }
        // Counts close together make many large words: shrink them all until most of the list fits.
        for (double scale = 1; scale >= 0.4; scale -= 0.15) {
            List<Placed> placed = layout(words, width, height, measure, scale);
            if (placed.size() > best.size()) {
                best = placed;
            }
            if (placed.size() >= words.size() * 0.85) {
                break;
            }
        }
        return best;
    }

    private static List<Placed> layout(List<Entry> words, double width, double height, Measure measure, double scale) {
        List<Placed> placed = new ArrayList<>();
        long max = words.stream().mapToLong(Entry::count).max().orElse(1);
        long min = words.stream().mapToLong(Entry::count).min().orElse(1);
        // Scale the largest font to the area, so a small pane still shows a readable cloud.
        double maxFont = Math.max(MIN_FONT * 1.5, scale * Math.min(MAX_FONT, Math.min(width, height) / 5));
        double cx = width / 2;
        double cy = height / 2;
        int misses = 0;
        for (Entry e : words) {
            if (misses >= MISSES) {
                break;
            }
            double t = max == min ? 1 : (Math.sqrt(e.count()) - Math.sqrt(min)) / (Math.sqrt(max) - Math.sqrt(min));
            double font = MIN_FONT + t * (maxFont - MIN_FONT);
            double[] size = measure.size(e.word(), font);
            Placed spot = size[0] > width || size[1] > height ? null
                    : find(e, font, size, placed, width, height, cx, cy);
            if (spot != null) {
                placed.add(spot);
                misses = 0;
            } else {
                misses++;
            }
        }
        return placed;
    }

    private static Placed find(Entry e, double font, double[] size, List<Placed> placed, double width, double height,
                               double cx, double cy) {
        double aspect = width / height;
        double limit = Math.hypot(width, height) / 2;
        double angle = 0;
        // Steps of about STEP pixels along a spiral whose turns lie TURN pixels apart.
        for (double r = 0; r < limit; angle += Math.min(0.5, STEP / Math.max(r, 1)), r = TURN * angle / (2 * Math.PI)) {
            // An ellipse stretched to the pane's shape fills a wide pane better than a circle.
            double x = cx + r * Math.cos(angle) * Math.sqrt(aspect) - size[0] / 2;
            double y = cy + r * Math.sin(angle) / Math.sqrt(aspect) - size[1] / 2;
            if (x < 0 || y < 0 || x + size[0] > width || y + size[1] > height) {
                continue;
            }
            Placed candidate = new Placed(e.word(), e.count(), x, y, size[0], size[1], font);
            boolean free = true;
            for (Placed p : placed) {
                if (candidate.overlaps(p, GAP)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return candidate;
            }
        }
        return null;
    }
}
