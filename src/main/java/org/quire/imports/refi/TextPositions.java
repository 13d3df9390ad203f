package org.quire.imports.refi;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quire.model.Span;

/**
 * One source text of a REFI-QDA file as written (BOM stripped, otherwise byte for byte) and as Quire
 * stores it (normalised: NFC, {@code \n}, no NUL), with the map between the two, so that the file's
 * positions are converted first and the text normalised after (IMPLEMENTING.md §5). Also detects
 * which {@link OffsetConvention} the file's selections were counted in.
 *
 * <p>Memory: a text may have hundreds of millions of characters, so nothing here holds an array
 * per character. The maps are kept as the sorted places where two countings part (each CRLF, each
 * character above U+FFFF, each NUL, each stretch NFC changed) and looked up by binary search; the
 * text as written is let go once the normalised text is taken ({@link #takeText()}).
 */
public final class TextPositions {
    /** The convention chosen for one text, whether the choice is certain, and why. */
    public record Detection(OffsetConvention convention, boolean certain, String note) {
    }

    /** A converted selection; {@code clamped} when the file's numbers fell outside the text. */
    public record Mapped(Span span, boolean clamped) {
    }

    private static final int[] NONE = new int[0];

    /** The text as written, BOM removed; null once {@link #takeText()} has handed the text over. */
    private String raw;
    private final int rawLength;
    private final boolean bom;
    /** Raw index of the CR of each CRLF pair, ascending. */
    private final int[] crlf;
    /** Raw index of the high surrogate of each surrogate pair, ascending. */
    private final int[] astral;
    /** Raw indices line normalisation removes (the CR of a CRLF, NUL), ascending. */
    private final int[] dropped;
    /** Per convention: the unit position of each pair that convention counts as one, ascending. */
    private final Map<OffsetConvention, int[]> merged = new EnumMap<>(OffsetConvention.class);
    private String text;
    private int textLength = -1;
    /** Where NFC changed the line-normalised text; null when it was NFC already. */
    private Nfc nfc;

    private TextPositions(String raw, boolean bom) {
        this.raw = raw;
        this.bom = bom;
        this.rawLength = raw.length();
        IntList cr = new IntList();
        IntList pairs = new IntList();
        IntList nul = new IntList();
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && raw.charAt(i + 1) == '\n') {
                    cr.add(i);
                }
            } else if (c == '\u0000') {
                nul.add(i);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(raw.charAt(i + 1))) {
                pairs.add(i);
                i++;
            }
        }
        this.crlf = cr.toArray();
        this.astral = pairs.toArray();
        this.dropped = nul.size() == 0 ? crlf : union(crlf, nul.toArray());
    }

    /** A text decoded from the file; a leading byte-order mark is not counted, as every vendor does. */
    public static TextPositions of(String decoded) {
        boolean bom = !decoded.isEmpty() && decoded.charAt(0) == '\uFEFF';
        return new TextPositions(bom ? decoded.substring(1) : decoded, bom);
    }

    /** A text whose byte-order mark the decoder already skipped ({@code hadBom} says whether there was one). */
    public static TextPositions of(String withoutBom, boolean hadBom) {
        return new TextPositions(withoutBom, hadBom);
    }

    /** The normalised text Quire stores (kept, so it can be asked for again). */
    public String text() {
        build();
        return text;
    }

    /**
     * The normalised text, handed over: this object lets go of it and of the text as written, so
     * only the caller's copy stays in memory. Positions can still be mapped afterwards; {@link
     * #detect} can no longer be asked.
     */
    public String takeText() {
        build();
        String out = text;
        text = null;
        raw = null;
        return out;
    }

    public boolean hadBom() {
        return bom;
    }

    /** Whether the text has CRLF line breaks or characters above U+FFFF: only then conventions differ. */
    public boolean conventionsDiffer() {
        return crlf.length > 0 || astral.length > 0;
    }

    /** How {@code c} counts this text, naming only what the text has (a text without CRLF is not said to have one). */
    public String describe(OffsetConvention c) {
        return c.describe(crlf.length > 0, astral.length > 0);
    }

    /** How many positions the text has under {@code c}: its length as that convention counts. */
    public long length(OffsetConvention c) {
        return rawLength - (long) merged(c).length;
    }

    /**
     * Scores each convention against the selections (boundaries inside a surrogate pair or a CRLF,
     * positions past the end, passages that start or end inside a word, selection names that do not
     * match the text) and picks the best; {@code expected} wins ties.
     */
    public Detection detect(List<Qde.Selection> selections, OffsetConvention expected) {
        if (!conventionsDiffer() || selections.isEmpty()) {
            return new Detection(expected, true, "all counting conventions agree on this text");
        }
        if (raw == null) {
            throw new IllegalStateException("the text was handed over; detect before taking it");
        }
        OffsetConvention best = expected;
        int bestScore = score(expected, selections);
        Map<OffsetConvention, Integer> scores = new EnumMap<>(OffsetConvention.class);
        scores.put(expected, bestScore);
        for (OffsetConvention c : OffsetConvention.values()) {
            if (c != expected) {
                int s = score(c, selections);
                scores.put(c, s);
                if (s > bestScore) {
                    best = c;
                    bestScore = s;
                }
            }
        }
        int margin = Math.max(2, selections.size() / 20);
        boolean certain = true;
        for (OffsetConvention c : OffsetConvention.values()) {
            if (c != best && bestScore - scores.get(c) < margin && !sameMapping(best, c, selections)) {
                certain = false;
            }
        }
        String note = "positions read as " + describe(best)
                + (best == expected ? "" : " (not what the producing software usually writes)");
        return new Detection(best, certain, note);
    }

    private boolean sameMapping(OffsetConvention a, OffsetConvention b, List<Qde.Selection> selections) {
        for (Qde.Selection s : selections) {
            if (rawAt(a, s.start()) != rawAt(b, s.start()) || rawAt(a, s.end()) != rawAt(b, s.end())) {
                return false;
            }
        }
        return true;
    }

    private int score(OffsetConvention c, List<Qde.Selection> selections) {
        int score = 0;
        for (Qde.Selection s : selections) {
            int rs = rawAt(c, s.start());
            int re = rawAt(c, s.end());
            if (rs < 0 || re < 0) {
                score -= 3;
                continue;
            }
            if (splitsPair(rs)) {
                score -= 2;
            }
            if (splitsPair(re)) {
                score -= 2;
            }
            if (re > rs) {
                score += wordEdge(rs) ? 1 : 0;
                score += wordEdge(re) ? 1 : 0;
                score += nameMatches(s.name(), rs) ? 3 : 0;
            }
        }
        return score;
    }

    /** The raw index a position stands for under {@code c}, or -1 when it is outside the text. */
    private int rawAt(OffsetConvention c, long position) {
        int[] units = merged(c);
        if (position < 0 || position > rawLength - units.length) {
            return -1;
        }
        int p = (int) position;
        // Every pair counted as one that starts before p adds one raw character.
        return p + lowerBound(units, p);
    }

    private int[] merged(OffsetConvention c) {
        return merged.computeIfAbsent(c, k -> {
            int[] pairs = k.crlfAsOne() && !k.utf16() ? union(crlf, astral)
                    : k.crlfAsOne() ? crlf : !k.utf16() ? astral : NONE;
            int[] units = new int[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                units[i] = pairs[i] - i;
            }
            return units;
        });
    }

    private boolean splitsPair(int i) {
        if (i <= 0 || i >= raw.length()) {
            return false;
        }
        char before = raw.charAt(i - 1);
        char at = raw.charAt(i);
        return (before == '\r' && at == '\n') || (Character.isHighSurrogate(before) && Character.isLowSurrogate(at));
    }

    private boolean wordEdge(int i) {
        if (i <= 0 || i >= raw.length()) {
            return true;
        }
        return !Character.isLetterOrDigit(raw.codePointBefore(i)) || !Character.isLetterOrDigit(raw.codePointAt(i));
    }

    // ATLAS.ti names a quotation after its first words; a wrong convention shifts them.
    private boolean nameMatches(String name, int rawStart) {
        if (name == null) {
            return false;
        }
        String wanted = collapse(name);
        if (wanted.length() < 4) {
            return false;
        }
        wanted = wanted.substring(0, Math.min(20, wanted.length()));
        String found = collapse(raw.substring(rawStart, Math.min(raw.length(), rawStart + wanted.length() * 3 + 8)));
        return found.startsWith(wanted);
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Converts a selection to a range of the normalised text under {@code c}. Positions outside the
     * text are clamped; null when nothing of the selection is left.
     */
    public Mapped map(long start, long end, OffsetConvention c) {
        build();
        long max = length(c);
        long s = Math.min(start, end);
        long e = Math.max(start, end);
        boolean clamped = s < 0 || e > max || start > end;
        int ts = toText(rawAt(c, Math.max(0, Math.min(s, max))));
        int te = toText(rawAt(c, Math.max(0, Math.min(e, max))));
        if (te <= ts) {
            return null;
        }
        return new Mapped(new Span(ts, te), clamped);
    }

    private int toText(int rawIndex) {
        int lines = rawIndex - lowerBound(dropped, rawIndex);
        int out = nfc == null ? lines : nfc.map(lines);
        return Math.min(out, textLength);
    }

    /** Builds the normalised text and the map from the line-normalised text to it, once. */
    private void build() {
        if (textLength >= 0) {
            return;
        }
        // The same steps, in the same order, as TextNormalizer.normalize, which every importer uses.
        String lines = raw.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
        if (Normalizer.isNormalized(lines, Normalizer.Form.NFC)) {
            text = lines;
        } else {
            NfcBuilder b = new NfcBuilder(lines);
            String whole = Normalizer.normalize(lines, Normalizer.Form.NFC);
            // Why: if chunk-wise NFC ever differs from whole-text NFC (Hangul jamo), trust the
            // normaliser's text and keep the map as a close approximation, clamped to the text.
            text = b.text.equals(whole) ? b.text : whole;
            nfc = b.map();
        }
        textLength = text.length();
    }

    /** Index of the first element of sorted {@code a} that is not less than {@code key}. */
    private static int lowerBound(int[] a, int key) {
        int i = Arrays.binarySearch(a, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && a[i - 1] == key) {
            i--;
        }
        return i;
    }

    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            out[k++] = j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
        }
        return out;
    }

    /**
     * The stretches of the line-normalised text NFC changed: each maps to the start of its
     * normalised form from inside, and everything after it shifts by the change in length.
     */
    private record Nfc(int[] start, int[] end, int[] outStart, int[] shiftAfter) {
        int map(int p) {
            int k = lowerBound(start, p + 1) - 1;
            if (k < 0) {
                return p;
            }
            return p < end[k] ? outStart[k] : p + shiftAfter[k];
        }
    }

    /**
     * NFC applied per base character with its combining marks, so every boundary between such
     * units maps exactly; only the units NFC changes are recorded.
     */
    private static final class NfcBuilder {
        private final StringBuilder out;
        private final IntList start = new IntList();
        private final IntList end = new IntList();
        private final IntList outStart = new IntList();
        private final IntList shift = new IntList();
        private final String text;

        NfcBuilder(String s) {
            out = new StringBuilder(s.length());
            int chunkStart = 0;
            for (int i = 1; i <= s.length(); i++) {
                if (i == s.length() || startsUnit(s, i)) {
                    add(s, chunkStart, i);
                    chunkStart = i;
                }
            }
            text = out.toString();
        }

        private void add(String s, int from, int to) {
            // Below U+0300 every character is NFC on its own; its marks make a longer chunk.
            if (to - from == 1 && s.charAt(from) < '\u0300') {
                out.append(s.charAt(from));
                return;
            }
            String chunk = s.substring(from, to);
            String normal = Normalizer.normalize(chunk, Normalizer.Form.NFC);
            if (!normal.equals(chunk)) {
                start.add(from);
                end.add(to);
                outStart.add(out.length());
                shift.add(out.length() + normal.length() - to);
            }
            out.append(normal);
        }

        Nfc map() {
            return new Nfc(start.toArray(), end.toArray(), outStart.toArray(), shift.toArray());
        }

        private static boolean startsUnit(String s, int i) {
            char c = s.charAt(i);
            if (Character.isLowSurrogate(c)) {
                return false;
            }
            int type = Character.getType(s.codePointAt(i));
            return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK;
        }
    }

    /** A growable list of ints, so long texts need no boxed integers. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return size == 0 ? NONE : Arrays.copyOf(values, size);
        }
    }
}
