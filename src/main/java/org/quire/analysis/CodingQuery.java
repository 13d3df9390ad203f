package org.quire.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quire.model.QuireException;
import org.quire.model.SourceId;
import org.quire.model.Span;

/**
 * The coding query language: node paths in double quotes combined with AND, OR, NOT, NEAR/n
 * (within n characters; NEAR/0 overlapping or touching) and NEAR/PARA (same paragraph), with
 * brackets. Precedence, loosest first: OR; AND and NOT; NEAR. Examples:
 * {@code "Partnership/Trust" AND "Voluntary sector"}, {@code "A" NEAR/50 "B"}, {@code "A" NOT "B"}.
 */
public final class CodingQuery {
    /** A parsed expression. */
    public sealed interface Expr permits Ref, And, Or, Not, Near {
    }

    /** The text coded at a node (and its descendants). */
    public record Ref(String path) implements Expr {
    }

    public record And(Expr left, Expr right) implements Expr {
    }

    public record Or(Expr left, Expr right) implements Expr {
    }

    /** Text of {@code left} not coded at {@code right}. */
    public record Not(Expr left, Expr right) implements Expr {
    }

    /** Passages of either side near one of the other: within {@code chars}, or in the same paragraph when -1. */
    public record Near(Expr left, Expr right, int chars) implements Expr {
    }

    /** What evaluation needs from the project. */
    public interface Data {
        /** Sorted disjoint spans coded at the node, per source. */
        Map<SourceId, List<Span>> coded(String path);

        /** Paragraph spans of a source. */
        List<Span> paragraphs(SourceId source);
    }

    private final String text;
    private final List<String> tokens = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private int at;

    private CodingQuery(String text) {
        this.text = text;
    }

    /** Parses an expression; a mistake is reported with its position (1-based). */
    public static Expr parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new QuireException("The query is empty: write node paths in double quotes, e.g. \"A\" AND \"B\"");
        }
        CodingQuery q = new CodingQuery(expression);
        q.tokenize();
        Expr e = q.or();
        if (q.at < q.tokens.size()) {
            throw q.error("unexpected '" + q.tokens.get(q.at) + "'");
        }
        return e;
    }

    /** The node paths an expression mentions. */
    public static Set<String> paths(Expr e) {
        Set<String> out = new HashSet<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, Set<String> out) {
        switch (e) {
            case Ref r -> out.add(r.path());
            case And a -> { collect(a.left(), out); collect(a.right(), out); }
            case Or o -> { collect(o.left(), out); collect(o.right(), out); }
            case Not n -> { collect(n.left(), out); collect(n.right(), out); }
            case Near n -> { collect(n.left(), out); collect(n.right(), out); }
        }
    }

    /** Whether evaluating the expression reads paragraphs (it has a NEAR/PARA). */
    public static boolean readsParagraphs(Expr e) {
        return switch (e) {
            case Ref r -> false;
            case And a -> readsParagraphs(a.left()) || readsParagraphs(a.right());
            case Or o -> readsParagraphs(o.left()) || readsParagraphs(o.right());
            case Not n -> readsParagraphs(n.left()) || readsParagraphs(n.right());
            case Near n -> n.chars() < 0 || readsParagraphs(n.left()) || readsParagraphs(n.right());
        };
    }

    /** Evaluates an expression to the matching text, per source, restricted to {@code sources} (null: all). */
    public static Map<SourceId, List<Span>> evaluate(Expr e, Data data, Set<SourceId> sources) {
        Map<String, Map<SourceId, List<Span>>> cache = new HashMap<>();
        Function<String, Map<SourceId, List<Span>>> coded = p -> cache.computeIfAbsent(p, data::coded);
        Set<SourceId> all = new HashSet<>();
        for (String p : paths(e)) {
            all.addAll(coded.apply(p).keySet());
        }
        Map<SourceId, List<Span>> out = new HashMap<>();
        for (SourceId s : all) {
            if (sources != null && !sources.contains(s)) {
                continue;
            }
            List<Span> spans = eval(e, s, coded, data);
            if (!spans.isEmpty()) {
                out.put(s, spans);
            }
        }
        return out;
    }

    private static List<Span> eval(Expr e, SourceId s, Function<String, Map<SourceId, List<Span>>> coded, Data data) {
        return switch (e) {
            case Ref r -> coded.apply(r.path()).getOrDefault(s, List.of());
            case And a -> SpanSets.and(eval(a.left(), s, coded, data), eval(a.right(), s, coded, data));
            case Or o -> SpanSets.or(eval(o.left(), s, coded, data), eval(o.right(), s, coded, data));
            case Not n -> SpanSets.not(eval(n.left(), s, coded, data), eval(n.right(), s, coded, data));
            case Near n -> n.chars() < 0
                    ? sameParagraph(eval(n.left(), s, coded, data), eval(n.right(), s, coded, data), s, data)
                    : SpanSets.near(eval(n.left(), s, coded, data), eval(n.right(), s, coded, data), n.chars());
        };
    }

    // With one side empty nothing shares a paragraph: the paragraphs are read only when both have text.
    private static List<Span> sameParagraph(List<Span> left, List<Span> right, SourceId s, Data data) {
        if (left.isEmpty() || right.isEmpty()) {
            return List.of();
        }
        return SpanSets.sameParagraph(left, right, data.paragraphs(s));
    }

    private void tokenize() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    at = tokens.size();
                    throw new QuireException("Cannot parse query '" + text + "': the quote at position " + (i + 1)
                            + " is not closed");
                }
                add("\"" + text.substring(i + 1, end), i);
                i = end + 1;
            } else if (c == '(' || c == ')') {
                add(String.valueOf(c), i);
                i++;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "()\"".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                add(text.substring(start, i), start);
            }
        }
    }

    private void add(String token, int position) {
        tokens.add(token);
        positions.add(position + 1);
    }

    private Expr or() {
        Expr left = and();
        while (peekWord("OR")) {
            at++;
            left = new Or(left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = near();
        while (peekWord("AND") || peekWord("NOT")) {
            boolean not = peekWord("NOT");
            at++;
            Expr right = near();
            left = not ? new Not(left, right) : new And(left, right);
        }
        return left;
    }

    private Expr near() {
        Expr left = primary();
        while (at < tokens.size() && tokens.get(at).toUpperCase(Locale.ROOT).startsWith("NEAR")) {
            String op = tokens.get(at).toUpperCase(Locale.ROOT);
            int chars;
            if (op.equals("NEAR/PARA")) {
                chars = -1;
            } else if (op.matches("NEAR/\\d{1,7}")) {
                chars = Integer.parseInt(op.substring(5));
            } else {
                throw error("write NEAR/n (n characters, e.g. NEAR/50) or NEAR/PARA, not '" + tokens.get(at) + "'");
            }
            at++;
            left = new Near(left, primary(), chars);
        }
        return left;
    }

    private Expr primary() {
        if (at >= tokens.size()) {
            throw error("the query ends too early; expected a node path in double quotes");
        }
        String t = tokens.get(at);
        if (t.startsWith("\"")) {
            at++;
            String path = t.substring(1).strip();
            if (path.isEmpty()) {
                at--;
                throw error("an empty node path");
            }
            return new Ref(path);
        }
        if (t.equals("(")) {
            at++;
            Expr e = or();
            if (at >= tokens.size() || !tokens.get(at).equals(")")) {
                throw error("a bracket is not closed");
            }
            at++;
            return e;
        }
        throw error("expected a node path in double quotes, found '" + t + "'");
    }

    private boolean peekWord(String word) {
        return at < tokens.size() && tokens.get(at).equalsIgnoreCase(word);
    }

    private QuireException error(String what) {
        int position = at < positions.size() ? positions.get(at) : text.length() + 1;
        return new QuireException("Cannot parse query '" + text + "': " + what + " at position " + position);
    }
}
