package org.quire.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The visible text of an HTML document as paragraphs. Whitespace is collapsed as a browser does,
 * except inside {@code <pre>}; {@code <br>} keeps its line break.
 */
final class HtmlText {
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head",
            "iframe", "object", "embed", "svg", "canvas", "select", "button", "input", "textarea", "form");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "aside",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "address", "figure", "figcaption",
            "ul", "ol", "dl", "dt", "dd", "center", "details", "summary", "header", "footer", "hr",
            "fieldset", "legend", "caption", "body", "html");
    private static final char LINE_BREAK = '\u2028';

    private final TextBuilder out;
    private final StringBuilder current = new StringBuilder();
    private boolean preformatted;
    /** A list item's bullet, waiting for the item's first text. */
    private String pendingPrefix = "";

    private HtmlText(TextBuilder out) {
        this.out = out;
    }

    static void extract(Document doc, TextBuilder out) {
        HtmlText withoutChrome = new HtmlText(out);
        Element body = doc.body();
        int before = out.length();
        withoutChrome.walk(body, true);
        withoutChrome.flush();
        if (out.length() == before) {
            // Why: if dropping chrome left nothing, the guess was wrong; a reader sees that text.
            HtmlText all = new HtmlText(out);
            all.walk(body, false);
            all.flush();
        }
    }

    private void walk(Node node, boolean dropChrome) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(preformatted ? text.getWholeText().replace('\n', LINE_BREAK) : text.getWholeText());
            } else if (child instanceof Element e) {
                element(e, dropChrome);
            }
        }
    }

    private void element(Element e, boolean dropChrome) {
        String tag = e.normalName();
        if (INVISIBLE.contains(tag) || hidden(e) || (dropChrome && HtmlImporter.isChrome(e))) {
            return;
        }
        switch (tag) {
            case "br" -> current.append(LINE_BREAK);
            case "img" -> current.append(e.attr("alt").isBlank() ? "" : " " + e.attr("alt") + " ");
            case "li" -> {
                flush();
                pendingPrefix = e.parent() != null && e.parent().normalName().equals("ol")
                        ? (e.elementSiblingIndex() + 1) + ". " : "• ";
                walk(e, dropChrome);
                flush();
                pendingPrefix = "";
            }
            case "tr" -> {
                flush();
                List<String> cells = new ArrayList<>();
                for (Element cell : e.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        HtmlText inner = new HtmlText(out);
                        inner.walk(cell, dropChrome);
                        cells.add(collapse(inner.current.toString()).replace(LINE_BREAK, ' ').strip());
                    }
                }
                out.paragraph(String.join(DocxImporter.CELL_SEPARATOR, cells));
            }
            case "pre" -> {
                flush();
                preformatted = true;
                walk(e, dropChrome);
                flush();
                preformatted = false;
            }
            default -> {
                boolean block = BLOCKS.contains(tag) || tag.equals("table") || tag.equals("tbody")
                        || tag.equals("thead") || tag.equals("tfoot");
                if (block) {
                    flush();
                }
                walk(e, dropChrome);
                if (block) {
                    flush();
                }
            }
        }
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private void flush() {
        String text = preformatted ? current.toString() : collapse(current.toString());
        current.setLength(0);
        StringBuilder lines = new StringBuilder();
        for (String line : text.split(String.valueOf(LINE_BREAK), -1)) {
            lines.append(preformatted ? line.stripTrailing() : line.strip()).append('\n');
        }
        String paragraph = lines.toString().replaceAll("\n{2,}", "\n").strip();
        if (!paragraph.isEmpty()) {
            out.paragraph(pendingPrefix + paragraph);
            pendingPrefix = "";
        }
    }

    /** Collapses runs of HTML whitespace (not non-breaking spaces, which a reader sees). */
    private static String collapse(String s) {
        return s.replaceAll("[ \\t\\n\\r\\f]+", " ");
    }
}
