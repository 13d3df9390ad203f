package org.quire.imports.refi;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quire.imports.TextNormalizer;
import org.quire.model.Span;

/**
 * One source text of a REFI-QDA file as written (BOM stripped, otherwise byte for byte) and as Quire
 * stores it (normalised: NFC, {@code \n}, no NUL), with the map between the two, so that the file's
 * positions are converted first and the text normalised after (IMPLEMENTING.md §5). Also detects
 * which {@link OffsetConvention} the file's selections were counted in.
 */
public final class TextPositions {
    /** The convention chosen for one text, whether the choice is certain, and why. */
    public record Detection(OffsetConvention convention, boolean certain, String note) {
    }

    /** A converted selection; {@code clamped} when the file's numbers fell outside the text. */
    public record Mapped(Span span, boolean clamped) {
    }

    private final String raw;
    private final String text;
    private final boolean bom;
    /** Raw UTF-16 index → index in {@link #text}; null when the two are the same. */
    private final int[] toText;
    private final boolean hasCr;
    private final boolean hasAstral;
    private final Map<OffsetConvention, int[]> units = new EnumMap<>(OffsetConvention.class);

    private TextPositions(String decoded) {
        this.bom = !decoded.isEmpty() && decoded.charAt(0) == '\uFEFF';
        this.raw = bom ? decoded.substring(1) : decoded;
        this.hasCr = raw.indexOf('\r') >= 0;
        boolean astral = false;
        for (int i = 0; i < raw.length() && !astral; i++) {
            astral = Character.isSurrogate(raw.charAt(i));
        }
        this.hasAstral = astral;
        String normalized = TextNormalizer.normalize(raw);
        if (normalized.equals(raw)) {
            this.text = raw;
            this.toText = null;
        } else {
            int[] map = new int[raw.length() + 1];
            String mapped = normalizeMapped(raw, map);
            // Why: if chunk-wise NFC ever differs from whole-text NFC, trust the normaliser's text
            // and keep the map only as a close approximation (clamped to the text).
            this.text = normalized;
            if (!mapped.equals(normalized)) {
                for (int i = 0; i < map.length; i++) {
                    map[i] = Math.min(map[i], normalized.length());
                }
            }
            this.toText = map;
        }
    }

    /** A text decoded from the file; a leading byte-order mark is not counted, as every vendor does. */
    public static TextPositions of(String decoded) {
        return new TextPositions(decoded);
    }

    /** The normalised text Quire stores. */
    public String text() {
        return text;
    }

    public boolean hadBom() {
        return bom;
    }

    /** Whether the file's text has CRLF line breaks or characters above U+FFFF: only then conventions differ. */
    public boolean conventionsDiffer() {
        return hasCr || hasAstral;
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
        String note = "positions read as " + best.description()
                + (best == expected ? "" : " (not what the producing software usually writes)");
        return new Detection(best, certain, note);
    }

    private boolean sameMapping(OffsetConvention a, OffsetConvention b, List<Qde.Selection> selections) {
        int[] ua = units(a);
        int[] ub = units(b);
        for (Qde.Selection s : selections) {
            if (rawAt(ua, s.start()) != rawAt(ub, s.start()) || rawAt(ua, s.end()) != rawAt(ub, s.end())) {
                return false;
            }
        }
        return true;
    }

    private int score(OffsetConvention c, List<Qde.Selection> selections) {
        int[] u = units(c);
        int score = 0;
        for (Qde.Selection s : selections) {
            int rs = rawAt(u, s.start());
            int re = rawAt(u, s.end());
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
    private static int rawAt(int[] units, long position) {
        return position < 0 || position >= units.length ? -1 : units[(int) position];
    }

    private int[] units(OffsetConvention c) {
        return units.computeIfAbsent(c, this::buildUnits);
    }

    private int[] buildUnits(OffsetConvention c) {
        int n = raw.length();
        int[] at = new int[n + 1];
        int k = 0;
        int i = 0;
        while (i < n) {
            at[k++] = i;
            char ch = raw.charAt(i);
            if (c.crlfAsOne() && ch == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                i += 2;
            } else if (!c.utf16() && Character.isHighSurrogate(ch) && i + 1 < n
                    && Character.isLowSurrogate(raw.charAt(i + 1))) {
                i += 2;
            } else {
                i++;
            }
        }
        at[k] = n;
        return k == n ? at : java.util.Arrays.copyOf(at, k + 1);
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
        int[] u = units(c);
        int max = u.length - 1;
        long s = Math.min(start, end);
        long e = Math.max(start, end);
        boolean clamped = s < 0 || e > max || start > end;
        int rs = u[(int) Math.max(0, Math.min(s, max))];
        int re = u[(int) Math.max(0, Math.min(e, max))];
        int ts = toText == null ? rs : toText[rs];
        int te = toText == null ? re : toText[re];
        if (te <= ts) {
            return null;
        }
        return new Mapped(new Span(ts, te), clamped);
    }

    /**
     * The normalised text built alongside a raw → normalised index map: CRLF and lone CR become
     * {@code \n}, NUL goes, and NFC is applied per base character with its combining marks, so
     * that every boundary between such units maps exactly.
     */
    private static String normalizeMapped(String raw, int[] map) {
        int n = raw.length();
        StringBuilder lines = new StringBuilder(n);
        int[] toLines = new int[n + 1];
        for (int i = 0; i < n; i++) {
            toLines[i] = lines.length();
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 >= n || raw.charAt(i + 1) != '\n') {
                    lines.append('\n');
                }
            } else if (c != '\u0000') {
                lines.append(c);
            }
        }
        toLines[n] = lines.length();
        String s = lines.toString();
        int[] toOut;
        String out;
        if (Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            out = s;
            toOut = null;
        } else {
            StringBuilder b = new StringBuilder(s.length());
            toOut = new int[s.length() + 1];
            int chunkStart = 0;
            for (int i = 1; i <= s.length(); i++) {
                if (i == s.length() || startsUnit(s, i)) {
                    int outStart = b.length();
                    b.append(Normalizer.normalize(s.substring(chunkStart, i), Normalizer.Form.NFC));
                    for (int j = chunkStart; j < i; j++) {
                        toOut[j] = outStart;
                    }
                    chunkStart = i;
                }
            }
            toOut[s.length()] = b.length();
            out = b.toString();
        }
        for (int i = 0; i <= n; i++) {
            map[i] = toOut == null ? toLines[i] : toOut[toLines[i]];
        }
        return out;
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
