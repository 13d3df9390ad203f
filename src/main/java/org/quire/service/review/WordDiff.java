package org.quire.service.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference between two texts, as a supervisor reads a tracked change: the words kept,
 * the words deleted and the words inserted, in order. Words, runs of spaces and punctuation marks
 * are the tokens, so a changed comma does not mark its whole sentence.
 */
public final class WordDiff {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_'’-]+|\\s+|[^\\p{L}\\p{N}\\s]");

    /** What happened to a run of text. */
    public enum Kind {
        SAME, DELETED, INSERTED
    }

    /** A run of text that was kept, deleted or inserted. */
    public record Part(Kind kind, String text) {
    }

    private WordDiff() {
    }

    /** The parts that turn {@code before} into {@code after}, adjacent parts of one kind joined. */
    public static List<Part> of(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Part> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            add(out, Kind.SAME, a.subList(at, d.getSource().getPosition()));
            add(out, Kind.DELETED, d.getSource().getLines());
            add(out, Kind.INSERTED, d.getTarget().getLines());
            at = d.getSource().getPosition() + d.getSource().size();
        }
        add(out, Kind.SAME, a.subList(at, a.size()));
        return tidy(out);
    }

    /** Whether the parts change anything. */
    public static boolean changes(List<Part> parts) {
        return parts.stream().anyMatch(p -> p.kind() != Kind.SAME);
    }

    /** The text before: kept and deleted parts. */
    public static String before(List<Part> parts) {
        StringBuilder b = new StringBuilder();
        parts.stream().filter(p -> p.kind() != Kind.INSERTED).forEach(p -> b.append(p.text()));
        return b.toString();
    }

    /** The text after: kept and inserted parts. */
    public static String after(List<Part> parts) {
        StringBuilder b = new StringBuilder();
        parts.stream().filter(p -> p.kind() != Kind.DELETED).forEach(p -> b.append(p.text()));
        return b.toString();
    }

    /** The difference written plainly: deleted words in [-…-], inserted ones in {+…+}. */
    public static String marked(List<Part> parts) {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            switch (p.kind()) {
                case SAME -> b.append(p.text());
                case DELETED -> b.append("[-").append(p.text()).append("-]");
                case INSERTED -> b.append("{+").append(p.text()).append("+}");
            }
        }
        return b.toString();
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void add(List<Part> out, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            out.set(out.size() - 1, new Part(kind, out.get(out.size() - 1).text() + text));
        } else {
            out.add(new Part(kind, text));
        }
    }

    /**
     * A lone space kept between a deletion and an insertion reads better inside the change: "[-old
     * words-]{+new words+}" rather than "[-old-] [-words-]{+new+} {+words+}".
     */
    private static List<Part> tidy(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            boolean between = p.kind() == Kind.SAME && p.text().isBlank() && i > 0 && i + 1 < parts.size()
                    && parts.get(i - 1).kind() != Kind.SAME && parts.get(i + 1).kind() != Kind.SAME;
            if (between) {
                add(out, Kind.DELETED, List.of(p.text()));
                add(out, Kind.INSERTED, List.of(p.text()));
            } else {
                add(out, p.kind(), List.of(p.text()));
            }
        }
        // Deleted runs before inserted ones within each change.
        List<Part> ordered = new ArrayList<>();
        int i = 0;
        while (i < out.size()) {
            if (out.get(i).kind() == Kind.SAME) {
                ordered.add(out.get(i++));
                continue;
            }
            StringBuilder del = new StringBuilder();
            StringBuilder ins = new StringBuilder();
            while (i < out.size() && out.get(i).kind() != Kind.SAME) {
                (out.get(i).kind() == Kind.DELETED ? del : ins).append(out.get(i).text());
                i++;
            }
            if (!del.isEmpty()) {
                ordered.add(new Part(Kind.DELETED, del.toString()));
            }
            if (!ins.isEmpty()) {
                ordered.add(new Part(Kind.INSERTED, ins.toString()));
            }
        }
        return ordered;
    }
}
