package org.quire.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The small Markdown subset a theme's narrative is written in (docs/themes.md), parsed into blocks
 * of styled runs that the workbench, the map and the exports render the same way.
 *
 * <ul>
 *   <li>Blocks are separated by a blank line; single line breaks inside a paragraph are spaces.</li>
 *   <li>{@code # } starts a heading, {@code ## } a subheading.</li>
 *   <li>{@code - } or {@code * } at the start of a line makes that line a bullet item.</li>
 *   <li>{@code > } at the start of lines marks a quoted extract.</li>
 *   <li>Inline: {@code **bold**}, {@code *italic*}; a backslash makes the next character literal.</li>
 * </ul>
 * Anything else is plain text: no markup is ever an error, so every narrative renders.
 */
public final class Narrative {
    private Narrative() {
    }

    /** What kind of block. */
    public enum Kind {
        HEADING, SUBHEADING, PARAGRAPH, BULLET, QUOTE
    }

    /** A piece of text with one style. */
    public record Run(String text, boolean bold, boolean italic) {
    }

    /** A heading, paragraph, bullet item or quotation, as styled runs. */
    public record Block(Kind kind, List<Run> runs) {
        public Block {
            runs = List.copyOf(runs);
        }

        /** The block's text without styling. */
        public String plainText() {
            StringBuilder b = new StringBuilder();
            runs.forEach(r -> b.append(r.text()));
            return b.toString();
        }
    }

    /** Parses {@code source} (null or blank gives no blocks). */
    public static List<Block> parse(String source) {
        List<Block> blocks = new ArrayList<>();
        if (source == null) {
            return blocks;
        }
        StringBuilder paragraph = new StringBuilder();
        StringBuilder quote = new StringBuilder();
        for (String raw : source.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            boolean quoteLine = line.startsWith(">");
            if (!quoteLine && quote.length() > 0) {
                blocks.add(new Block(Kind.QUOTE, inline(quote.toString())));
                quote.setLength(0);
            }
            if (line.isEmpty() || heading(line) != null || bullet(line) || quoteLine) {
                flush(paragraph, blocks);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (quoteLine) {
                String text = line.substring(1).strip();
                if (!text.isEmpty()) {
                    quote.append(quote.length() == 0 ? "" : " ").append(text);
                }
            } else if (heading(line) != null) {
                Kind kind = heading(line);
                blocks.add(new Block(kind, inline(line.substring(kind == Kind.HEADING ? 2 : 3).strip())));
            } else if (bullet(line)) {
                blocks.add(new Block(Kind.BULLET, inline(line.substring(2).strip())));
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        if (quote.length() > 0) {
            blocks.add(new Block(Kind.QUOTE, inline(quote.toString())));
        }
        flush(paragraph, blocks);
        return blocks;
    }

    /** The narrative as plain text: blocks separated by blank lines, bullets with "• ", quotes in quotation marks. */
    public static String plainText(String source) {
        StringBuilder b = new StringBuilder();
        for (Block block : parse(source)) {
            if (b.length() > 0) {
                b.append(block.kind() == Kind.BULLET ? "\n" : "\n\n");
            }
            switch (block.kind()) {
                case BULLET -> b.append("• ").append(block.plainText());
                case QUOTE -> b.append('“').append(block.plainText()).append('”');
                default -> b.append(block.plainText());
            }
        }
        return b.toString();
    }

    /** How many words the narrative has (by {@link Words}' rule), markup not counted. */
    public static int wordCount(String source) {
        return Words.starts(plainText(source)).length;
    }

    private static Kind heading(String line) {
        if (line.startsWith("## ")) {
            return Kind.SUBHEADING;
        }
        return line.startsWith("# ") ? Kind.HEADING : null;
    }

    private static boolean bullet(String line) {
        return line.startsWith("- ") || (line.startsWith("* ") && !line.startsWith("**"));
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Block(Kind.PARAGRAPH, inline(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    /** Splits one block's text into runs at {@code **} and {@code *} markers; unmatched markers stay literal. */
    static List<Run> inline(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(text.charAt(++i));
            } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*'
                    && (bold || text.indexOf("**", i + 2) > i + 2)) {
                add(runs, current, bold, italic);
                bold = !bold;
                i++;
            } else if (c == '*' && (italic || closes(text, i + 1))) {
                add(runs, current, bold, italic);
                italic = !italic;
            } else {
                current.append(c);
            }
        }
        add(runs, current, bold, italic);
        return runs;
    }

    // An opening single '*' counts only when a closing one follows that is neither part of '**' nor escaped.
    private static boolean closes(String text, int from) {
        for (int j = from + 1; j < text.length(); j++) {
            if (text.charAt(j) == '*' && (j + 1 >= text.length() || text.charAt(j + 1) != '*')
                    && text.charAt(j - 1) != '*' && text.charAt(j - 1) != '\\') {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Run> runs, StringBuilder current, boolean bold, boolean italic) {
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), bold, italic));
            current.setLength(0);
        }
    }
}
