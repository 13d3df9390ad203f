package org.quire.ui.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javafx.scene.paint.Color;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;
import org.quire.model.Span;
import org.quire.ui.common.Highlight;
import org.quire.ui.common.OpenDocument;
import org.quire.ui.common.Workbench;

/**
 * The read-only text of a source with its coded passages highlighted in their nodes' colours
 * (blended where codings overlap). RichTextFX virtualises the paragraphs, so a 300,000-character
 * source with thousands of codings scrolls without paging.
 */
public final class DocumentView {
    /** The text area's id, whichever tab it is in. */
    private static final String ID = "document";
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final VirtualizedScrollPane<InlineCssTextArea> pane = new VirtualizedScrollPane<>(area);
    private final CodingStripes stripes = new CodingStripes(area);
    private final DensityBar density = new DensityBar(area);
    private final javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(pane, density, stripes);

    public DocumentView() {
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("document");
        area.setId(ID);
        javafx.scene.layout.HBox.setHgrow(pane, javafx.scene.layout.Priority.ALWAYS);
        // A click on a stripe selects that coding; a click on the density bar scrolls there.
        stripes.setOnPick((start, end) -> {
            area.selectRange(start, end);
            area.requestFollowCaret();
            area.requestFocus();
        });
        density.setOnJump(offset -> area.showParagraphAtTop(
                area.offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
    }

    /** The text area under {@code root} that shows {@code source}, or null when no tab shows it. */
    public static InlineCssTextArea areaShowing(javafx.scene.Parent root, org.quire.model.SourceId source) {
        for (javafx.scene.Node n : root.lookupAll("#" + ID)) {
            if (n instanceof InlineCssTextArea area && source.equals(area.getUserData())) {
                return area;
            }
        }
        return null;
    }

    /** The text with its density bar and coding stripes beside it. */
    public javafx.scene.layout.Region node() {
        return box;
    }

    public CodingStripes stripes() {
        return stripes;
    }

    public InlineCssTextArea area() {
        return area;
    }

    /**
     * Shows a document, or the same source again after an edit: then the text, scroll position and
     * selection stay and only the stretch whose codings changed is restyled.
     */
    public void show(OpenDocument doc) {
        shown = doc;
        int caret = area.getCaretPosition();
        boolean sameSource = area.getUserData() != null && area.getUserData().equals(doc.source().id());
        // The same source again (after an edit) keeps its text, scroll position and selection, so the
        // reader can code the selection at another node; only the highlights are repainted.
        boolean sameText = sameSource && area.getLength() == doc.text().text().length();
        if (!sameText && doc.styled() != null) {
            // Split and styled by the background read that opened it: the window thread only hands it over.
            area.replace(0, area.getLength(), doc.styled());
        } else if (!sameText) {
            area.replaceText(doc.text().text());
        }
        if (!doc.text().text().isEmpty() && (sameText || doc.styled() == null)) {
            Span changed = sameText ? changed(painted, doc.highlights()) : new Span(0, doc.text().text().length());
            if (changed != null) {
                // Styling only the stretch whose codings changed keeps an edit on a long source quick.
                area.setStyleSpans(changed.start(), styles(changed, doc.highlights()));
            }
        }
        painted = doc.highlights();
        area.setUserData(doc.source().id());
        List<StripeLayout.Stripe> coded = new ArrayList<>(doc.highlights().size());
        for (var h : doc.highlights()) {
            coded.add(new StripeLayout.Stripe(h.span().start(), h.span().end(), h.nodePath(), h.color()));
        }
        stripes.show(doc.text().text().length(), coded, sameSource);
        density.show(stripes.stripeLayout(), doc.text().text().length());
        markReviewed();
        if (sameText) {
            return;
        }
        if (sameSource) {
            area.moveTo(Math.min(caret, area.getLength()));
            area.requestFollowCaret();
        } else {
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }
    }

    private List<Highlight> painted = List.of();
    private OpenDocument shown;
    private org.quire.service.review.OpenMarks reviewMarks = org.quire.service.review.OpenMarks.NONE;

    /** The open review comments: the passages whose codings have some get a marker in the margin. */
    public void showReviewMarks(org.quire.service.review.OpenMarks marks) {
        reviewMarks = marks;
        markReviewed();
    }

    // A hash lookup per coding of the document, and only while some comment is open.
    private void markReviewed() {
        if (shown == null) {
            return;
        }
        List<CodingStripes.ReviewMark> marks = new ArrayList<>();
        if (!reviewMarks.isEmpty()) {
            for (Highlight h : shown.highlights()) {
                var m = h.coding() == null ? null : reviewMarks.extract(h.coding().guid());
                if (m != null) {
                    marks.add(new CodingStripes.ReviewMark(h.span().start(), h.span().end(), m.count(), m.firstId(),
                            h.nodePath() + "\n" + m.tooltip()));
                }
            }
        }
        stripes.showReviewMarks(marks);
    }

    /** The document last shown, or null. */
    public OpenDocument shown() {
        return shown;
    }

    private static final java.util.Comparator<Highlight> ORDER = java.util.Comparator
            .comparing(Highlight::span).thenComparing(Highlight::nodePath);

    /** The stretch of text covering every highlight added or removed, or null when none changed. */
    static Span changed(List<Highlight> before, List<Highlight> after) {
        if (!sorted(before) || !sorted(after)) {
            return changedBySets(before, after);
        }
        // Both come sorted by passage and node path (CodingService.inSource): one merge walk finds what
        // was added or removed without hashing thousands of records on the JavaFX thread.
        int from = Integer.MAX_VALUE;
        int to = -1;
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            var b = i < before.size() ? before.get(i) : null;
            var a = j < after.size() ? after.get(j) : null;
            int order = b == null ? 1 : a == null ? -1 : ORDER.compare(b, a);
            if (order == 0 && b.equals(a)) {
                i++;
                j++;
                continue;
            }
            // Removed, added, or the same passage and node with another colour or coding: repaint it.
            var differs = order <= 0 ? b : a;
            from = Math.min(from, differs.span().start());
            to = Math.max(to, differs.span().end());
            if (order == 0) {
                from = Math.min(from, a.span().start());
                to = Math.max(to, a.span().end());
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return to < 0 || to <= from ? null : new Span(from, to);
    }

    private static boolean sorted(List<Highlight> highlights) {
        for (int k = 1; k < highlights.size(); k++) {
            if (ORDER.compare(highlights.get(k - 1), highlights.get(k)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static Span changedBySets(List<Highlight> before,
                                      List<Highlight> after) {
        java.util.Set<Highlight> old = new java.util.HashSet<>(before);
        java.util.Set<Highlight> now = new java.util.HashSet<>(after);
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (var h : after) {
            if (!old.contains(h)) {
                from = Math.min(from, h.span().start());
                to = Math.max(to, h.span().end());
            }
        }
        for (var h : before) {
            if (!now.contains(h)) {
                from = Math.min(from, h.span().start());
                to = Math.max(to, h.span().end());
            }
        }
        return to < 0 || to <= from ? null : new Span(from, to);
    }

    /** The current selection as a span, or null when nothing is selected. */
    public Span selection() {
        var range = area.getSelection();
        return range.getLength() == 0 ? null : new Span(range.getStart(), range.getEnd());
    }

    /** Style runs over the whole text: a sweep over the coding boundaries, O(c log c). */
    static StyleSpans<String> styles(int length, List<Highlight> highlights) {
        return styles(new Span(0, length), highlights);
    }

    /**
     * The text split into paragraphs and styled with its codings, as {@link #show} would make it in
     * the text area: built on any thread (RichTextFX's documents are plain immutable values until
     * they are in an area), so that opening a long source does not split and style it on the window
     * thread. Null for a text the area would split otherwise (one with a carriage return).
     */
    public static StyledDocument<String, String, String> prepare(String text, List<Highlight> highlights) {
        if (text.indexOf('\r') >= 0) {
            // RichTextFX splits paragraphs at \r too, so its offsets would not be the text's; Quire's
            // texts have none, but should one, the area sets the text itself.
            return null;
        }
        if (text.isEmpty()) {
            return ReadOnlyStyledDocument.fromString(text, "", "", SegmentOps.styledTextOps());
        }
        StyleSpans<String> all = styles(text.length(), highlights);
        ReadOnlyStyledDocumentBuilder<String, String, String> doc =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), "");
        // Each paragraph takes the style runs over it as the area's setStyleSpans cuts them: from where
        // the last one ended, one step past its newline (forward), then the paragraph's length back.
        TwoDimensional.Position from = all.position(0, 0);
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            TwoDimensional.Position to = from.offsetBy(end - start, TwoDimensional.Bias.Backward);
            StyleSpans<String> runs = all.subView(from, to);
            if (runs.getSpanCount() == 0 || (end == start && runs.equals(PLAIN_EMPTY))) {
                doc.addParagraph(text.substring(start, end), "");
            } else {
                doc.addParagraph(List.of(text.substring(start, end)), runs);
            }
            if (newline < 0) {
                return doc.build();
            }
            from = to.offsetBy(1, TwoDimensional.Bias.Forward);
            start = newline + 1;
        }
    }

    private static final StyleSpans<String> PLAIN_EMPTY = StyleSpans.singleton("", 0);

    /** Style runs over one stretch of the text, from the codings reaching into it only. */
    static StyleSpans<String> styles(Span stretch, List<Highlight> highlights) {
        int start = stretch.start();
        int end = stretch.end();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
        List<Highlight> sorted = new ArrayList<>();
        for (var h : highlights) {
            if (h.span().start() < end && h.span().end() > start) {
                sorted.add(h);
                cuts.add(Math.max(start, Math.min(h.span().start(), end)));
                cuts.add(Math.max(start, Math.min(h.span().end(), end)));
            }
        }
        sorted.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        List<Highlight> active = new ArrayList<>();
        // The same few colours blend again and again: each blend is worked out once per call.
        java.util.Map<List<String>, String> blends = new java.util.HashMap<>();
        StyleSpansBuilder<String> spans = new StyleSpansBuilder<>();
        int next = 0;
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            while (next < sorted.size() && sorted.get(next).span().start() <= from) {
                active.add(sorted.get(next++));
            }
            final int segmentStart = from;
            active.removeIf(h -> h.span().end() <= segmentStart);
            spans.add(blend(active, blends), to - from);
            from = to;
        }
        return spans.create();
    }

    private static String blend(List<Highlight> covering, java.util.Map<List<String>, String> blends) {
        if (covering.isEmpty()) {
            return "";
        }
        String[] colours = new String[covering.size()];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = covering.get(i).color();
        }
        // The blend is an average: the order of the colours does not change it.
        java.util.Arrays.sort(colours);
        return blends.computeIfAbsent(List.of(colours), c -> css(covering));
    }

    private static String css(Collection<Highlight> covering) {
        if (covering.isEmpty()) {
            return "";
        }
        double r = 0;
        double g = 0;
        double b = 0;
        for (var h : covering) {
            Color c = Color.web(h.color());
            r += c.getRed();
            g += c.getGreen();
            b += c.getBlue();
        }
        int n = covering.size();
        // More codings on a passage → a denser tint, so overlaps stand out.
        double alpha = Math.min(0.55, 0.28 + 0.09 * (n - 1));
        return String.format(java.util.Locale.ROOT, "-rtfx-background-color: rgba(%d,%d,%d,%.2f);",
                Math.round(r / n * 255), Math.round(g / n * 255), Math.round(b / n * 255), alpha);
    }
}
