package org.quire.service.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.quire.model.CoderId;
import org.quire.model.Coding;
import org.quire.model.NodeId;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.store.SourceStore;
import org.quire.store.Tx;

/**
 * Cuts passages and their context out of a source's stored text, reading only the stretches shown
 * (each passage with {@link #CONTEXT} characters either side, plus one to see whether a word was
 * broken), never the whole text.
 */
final class Contexts {
    /** Characters of context either side of a passage. */
    static final int CONTEXT = 90;

    private Contexts() {
    }

    /** The codings (all of {@code source}), with their text, place and context, in the order given. */
    static List<PassageInContext> cut(Tx tx, Function<NodeId, String> paths, Map<CoderId, String> coders,
                                      Source source, List<Coding> codings) {
        List<Span> windows = windows(source, codings);
        return cut(paths, coders, source, codings, windows, tx.sources().windows(source.id(), windows),
                tx.sources().layout(source.id()));
    }

    /** The stretch read for each of the codings (all of {@code source}), in their order. */
    static List<Span> windows(Source source, List<Coding> codings) {
        List<Span> windows = new ArrayList<>(codings.size());
        for (Coding c : codings) {
            windows.add(window(c.span(), source.length()));
        }
        return windows;
    }

    /** {@link #cut(Tx, Function, Map, Source, List)} on stretches and a layout already read. */
    static List<PassageInContext> cut(Function<NodeId, String> paths, Map<CoderId, String> coders, Source source,
                                      List<Coding> codings, List<Span> windows, List<String> texts,
                                      SourceStore.Layout layout) {
        List<Span> paragraphs = layout.paragraphs();
        List<Span> pages = layout.pages();
        List<PassageInContext> out = new ArrayList<>(codings.size());
        for (int i = 0; i < codings.size(); i++) {
            Coding c = codings.get(i);
            String text = texts.get(i);
            int s = Math.min(text.length(), c.span().start() - windows.get(i).start());
            int e = Math.min(text.length(), c.span().end() - windows.get(i).start());
            CodedPassage passage = new CodedPassage(c, source, paths.apply(c.nodeId()), coders.get(c.coderId()),
                    text.substring(s, e), indexAt(paragraphs, c.span().start()) + 1, indexAt(pages, c.span().start()) + 1);
            out.add(new PassageInContext(passage, context(text, Math.max(0, s - CONTEXT), s, true),
                    context(text, e, Math.min(text.length(), e + CONTEXT), false)));
        }
        return out;
    }

    /**
     * The stretch read for a passage: its context and one character more each way, so that
     * {@link #context} can tell a broken word at the edge from a whole one exactly as on the full text.
     */
    static Span window(Span span, int length) {
        return new Span(Math.max(0, span.start() - CONTEXT - 1), Math.min(length, span.end() + CONTEXT + 1));
    }

    /**
     * The context between {@code from} and {@code to} of {@code text} (a window of the source, or the
     * whole of it), on the {@code before} or after side of the passage. It stops at a paragraph break
     * (words from the next paragraph would mislead) and at whole words; so it never ends in half a
     * surrogate pair either, which always sits inside a word.
     */
    static String context(String text, int from, int to, boolean before) {
        String piece = text.substring(from, to);
        int cut = before ? piece.lastIndexOf('\n') : piece.indexOf('\n');
        if (cut >= 0) {
            piece = before ? piece.substring(cut + 1) : piece.substring(0, cut);
        }
        if (before && from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && cut < 0) {
            int space = piece.indexOf(' ');
            piece = space < 0 ? "" : piece.substring(space + 1);
        } else if (!before && to < text.length() && !Character.isWhitespace(text.charAt(to)) && cut < 0) {
            int space = piece.lastIndexOf(' ');
            piece = space < 0 ? "" : piece.substring(0, space);
        }
        return oneSpace(piece);
    }

    /**
     * Each run of white space ({@code \\s}: space, tab, line feed, vertical tab, form feed, carriage
     * return) as one space: what {@code replaceAll("\\s+", " ")} makes, without a regular expression
     * for each of the 200,000 contexts of an export of every coded passage.
     */
    static String oneSpace(String piece) {
        int n = piece.length();
        int i = 0;
        // Most contexts need nothing but single spaces: return them as they are.
        while (i < n) {
            char c = piece.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(piece.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return piece;
        }
        StringBuilder b = new StringBuilder(n).append(piece, 0, i);
        while (i < n) {
            char c = piece.charAt(i);
            if (isSpace(c)) {
                b.append(' ');
                while (i < n && isSpace(piece.charAt(i))) {
                    i++;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** The 0-based index of the span containing {@code offset}, or -1. */
    static int indexAt(List<Span> spans, int offset) {
        return org.quire.model.SourceText.indexAt(spans, offset);
    }
}
