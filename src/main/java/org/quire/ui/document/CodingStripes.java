package org.quire.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The coding stripes beside a document: one column per node, a stripe over the lines each of its
 * codings covers, the node named on hover, a click selecting that coding in the text. Annotated
 * passages get a column of their own, first. Only the codings reaching into the viewport are drawn
 * (see {@link StripeLayout#visible}), once per frame at most, so a long, densely coded source
 * scrolls as smoothly as an uncoded one.
 */
public final class CodingStripes extends CanvasMargin {
    /** The widest the margin grows; columns beyond it are summarised as "+N" at the bottom. */
    public static final int MAX_COLUMNS = 12;
    // Wide enough to carry the node's name along its stripe, as NVivo's coding stripes do.
    private static final double COLUMN = 12;
    private static final double NAME_FONT = 9;
    private static final double GAP = 3;
    private static final double PAD = 5;
    private static final String ANNOTATION_COLOUR = "#d08c00";

    /**
     * A coded passage with open review comments on its coding: a marker in a column of its own, at
     * the top of the passage, with the count; a click opens the first comment.
     */
    public record ReviewMark(int start, int end, int count, long commentId, String tooltip) {
    }

    /** A review marker as drawn, for hit-testing the mouse. */
    private record DrawnMark(double x, double top, ReviewMark mark) {
    }

    private static final String REVIEW_COLOUR = "#b35900";

    /** A stripe as drawn, for hit-testing the mouse. */
    private record Drawn(double x, double top, double bottom, StripeLayout.Stripe stripe, boolean annotation) {
    }

    private final GenericStyledArea<?, ?, ?> area;
    private final Tooltip tooltip = new Tooltip();
    private final StripeNames names = new StripeNames(NAME_FONT);
    private StripeLayout codings = new StripeLayout(0, List.of());
    private StripeLayout annotations = new StripeLayout(0, List.of());
    private List<Drawn> drawn = List.of();
    private List<ReviewMark> reviewMarks = List.of();
    private List<DrawnMark> drawnMarks = List.of();
    private java.util.function.LongConsumer onReviewPick = id -> { };
    private BiConsumer<Integer, Integer> onPick = (a, b) -> { };
    private int columnsShown;
    private int nodeColumns;
    private int textLength;

    public CodingStripes(GenericStyledArea<?, ?, ?> area) {
        this.area = area;
        getStyleClass().add("coding-stripes");
        setId("coding-stripes");
        tooltip.setShowDelay(Duration.millis(150));
        area.viewportDirtyEvents().subscribe(x -> redrawSoon());
        widthProperty().addListener((o, a, b) -> redrawSoon());
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        canvas.setOnMouseExited(e -> tooltip.hide());
        canvas.setOnMouseClicked(e -> {
            DrawnMark m = markAt(e.getX(), e.getY());
            if (m != null) {
                onReviewPick.accept(m.mark().commentId());
                return;
            }
            Drawn d = hit(e.getX(), e.getY());
            if (d != null) {
                onPick.accept(d.stripe().start(), d.stripe().end());
            }
        });
        setMinWidth(PAD * 2);
        // The room the document has decides how much of it the margin may take (see resize).
        parentProperty().addListener((o, was, now) -> {
            if (now instanceof javafx.scene.layout.Region r) {
                r.widthProperty().addListener((w, before, after) -> {
                    if (Math.abs(after.doubleValue() - room) > 1) {
                        room = after.doubleValue();
                        resize();
                    }
                });
                room = r.getWidth() > 0 ? r.getWidth() : room;
            }
        });
    }

    /** The width of the document beside the margin; the margin takes at most a quarter of it. */
    private double room = 0;
    /** At least this many node columns fit, however narrow the window. */
    static final int MIN_COLUMNS = 4;

    /** Receives the range of a stripe the user clicks. */
    public void setOnPick(BiConsumer<Integer, Integer> pick) {
        this.onPick = pick;
    }

    /** Receives the number of the review comment whose marker the user clicks. */
    public void setOnReviewPick(java.util.function.LongConsumer pick) {
        this.onReviewPick = pick;
    }

    /**
     * The passages whose codings have open review comments. A column for their markers is added at
     * the left while there are any.
     */
    public void showReviewMarks(List<ReviewMark> marks) {
        if (marks.equals(reviewMarks)) {
            return;
        }
        reviewMarks = List.copyOf(marks);
        resize();
    }

    /** Columns kept free beside a document's codings, so coding at a few more nodes does not widen the margin. */
    static final int HEADROOM = 3;
    // The node columns the margin is wide enough for; it never narrows while the same document is shown.
    private int reservedColumns;

    /**
     * The codings of a document. The margin is as wide as the document needs plus {@link #HEADROOM}
     * columns (up to {@link #MAX_COLUMNS}) and a column for annotations, and while the same document
     * is shown again after an edit it keeps its width: coding or uncoding never moves the line being
     * read. Only a fourth new node in one sitting widens it, then straight to the most it can be.
     *
     * @param sameDocument true when this is the document already shown, after an edit
     */
    public void show(int length, List<StripeLayout.Stripe> codingStripes, boolean sameDocument) {
        codings = new StripeLayout(length, codingStripes);
        if (!sameDocument) {
            // The annotations of the new document follow (showAnnotations) once they are read.
            annotations = new StripeLayout(length, List.of());
            reservedColumns = 0;
        }
        textLength = length;
        nodeColumns = (int) Math.min(MAX_COLUMNS, codingStripes.stream().map(StripeLayout.Stripe::node).distinct().count());
        if (reservedColumns == 0) {
            reservedColumns = Math.min(MAX_COLUMNS, nodeColumns + HEADROOM);
        } else if (nodeColumns > reservedColumns) {
            reservedColumns = MAX_COLUMNS;
        }
        resize();
    }

    /** The annotated passages of the document shown, each stripe named by its note. */
    public void showAnnotations(List<StripeLayout.Stripe> annotated) {
        annotations = new StripeLayout(textLength, annotated);
        resize();
    }

    private void resize() {
        columnsShown = nodeColumns + (annotations.size() > 0 ? 1 : 0);
        // Wide enough for the reserved node columns and the annotation column, whether used or not.
        // On a narrow window a quarter of the document's width is the limit: the text to read comes
        // first, and the columns that do not fit are counted as "+N" at the bottom.
        int fit = room <= 0 ? MAX_COLUMNS
                : Math.max(MIN_COLUMNS, (int) ((room * 0.25 - PAD * 2) / (COLUMN + GAP)) - 1);
        double width = PAD * 2 + (Math.min(reservedColumns, fit) + 1 + reviewColumn()) * (COLUMN + GAP);
        setPrefWidth(width);
        setMinWidth(width);
        redrawSoon();
    }

    /** The codings as laid out for the margin (shared with the density bar). */
    public StripeLayout stripeLayout() {
        return codings;
    }

    /** Draws the stripes of the visible text now (also used by tests). */
    @Override
    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        List<Drawn> now = new ArrayList<>();
        visibleCount = 0;
        if (area.getLength() > 0 && area.getParagraphs().size() > 0 && !area.getVisibleParagraphs().isEmpty()) {
            measureVisibleParagraphs();
        }
        if (visibleCount > 0) {
            int from = parStart[0];
            int to = parStart[visibleCount - 1] + parLength[visibleCount - 1];
            double x = PAD;
            List<DrawnMark> marks = new ArrayList<>();
            if (!reviewMarks.isEmpty()) {
                for (ReviewMark m : reviewMarks) {
                    if (m.end() >= from && m.start() <= to) {
                        marks.add(drawMark(g, x, m, from, to));
                    }
                }
                x += COLUMN + GAP;
            }
            drawnMarks = marks;
            if (annotations.size() > 0) {
                for (StripeLayout.Column c : annotations.visible(from, to + 1)) {
                    for (StripeLayout.Stripe s : c.stripes()) {
                        now.add(draw(g, x, s, Color.web(ANNOTATION_COLOUR), true, from, to));
                    }
                }
                x += COLUMN + GAP;
            }
            List<StripeLayout.Column> columns = codings.visible(from, to + 1);
            int fits = (int) ((getWidth() - PAD * 2) / (COLUMN + GAP)) - (annotations.size() > 0 ? 1 : 0)
                    - reviewColumn();
            int shown = Math.min(columns.size(), Math.max(1, Math.min(fits, MAX_COLUMNS)));
            for (int i = 0; i < shown; i++) {
                StripeLayout.Column c = columns.get(i);
                // The node's own colour, a little deeper than the tint it gives the text.
                Color colour = Color.web(c.color()).deriveColor(0, 1.15, 0.92, 1);
                for (StripeLayout.Stripe s : c.stripes()) {
                    now.add(draw(g, x, s, colour, false, from, to));
                }
                x += COLUMN + GAP;
            }
            if (columns.size() > shown) {
                g.setFill(Color.gray(0.35));
                g.fillText("+" + (columns.size() - shown), PAD, canvas.getHeight() - 4);
            }
        } else {
            drawnMarks = List.of();
        }
        drawn = now;
    }

    private int reviewColumn() {
        return reviewMarks.isEmpty() ? 0 : 1;
    }

    /** A review marker: a thin line beside the passage and a round badge with the count at its top. */
    private DrawnMark drawMark(GraphicsContext g, double x, ReviewMark m, int from, int to) {
        double top = m.start() <= from ? 0 : y(m.start(), true);
        double bottom = m.end() >= to ? canvas.getHeight() : y(Math.max(m.start(), m.end() - 1), false);
        Color colour = Color.web(REVIEW_COLOUR);
        g.setFill(colour.deriveColor(0, 1, 1, 0.45));
        g.fillRect(x + COLUMN / 2 - 1, top, 2, Math.max(3, bottom - top));
        g.setFill(colour);
        g.fillOval(x - 1, top, COLUMN + 2, COLUMN + 2);
        g.save();
        g.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, NAME_FONT));
        g.setFill(Color.WHITE);
        g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        g.fillText(m.count() > 9 ? "9+" : Integer.toString(m.count()), x + COLUMN / 2, top + COLUMN / 2 + 1);
        g.restore();
        return new DrawnMark(x, top, m);
    }

    private DrawnMark markAt(double x, double y) {
        for (DrawnMark d : drawnMarks) {
            if (x >= d.x() - 2 && x <= d.x() + COLUMN + 2 && y >= d.top() - 1 && y <= d.top() + COLUMN + 3) {
                return d;
            }
        }
        return null;
    }

    /** Where the marker of this review comment is drawn (its centre), for tests. */
    public Optional<Point2D> reviewMarkCentre(long commentId) {
        return drawnMarks.stream().filter(d -> d.mark().commentId() == commentId).findFirst()
                .map(d -> new Point2D(d.x() + COLUMN / 2, d.top() + COLUMN / 2));
    }

    /** How many review markers are drawn now (the visible ones only). */
    public int drawnMarkCount() {
        return drawnMarks.size();
    }

    private Drawn draw(GraphicsContext g, double x, StripeLayout.Stripe s, Color colour, boolean annotation,
                       int from, int to) {
        double top = s.start() <= from ? 0 : y(s.start(), true);
        double bottom = s.end() >= to ? canvas.getHeight() : y(Math.max(s.start(), s.end() - 1), false);
        if (bottom - top < 3) {
            bottom = top + 3;
        }
        g.setFill(colour.deriveColor(0, 1, 1, annotation ? 0.9 : 0.85));
        g.fillRoundRect(x, top, COLUMN, bottom - top, 4, 4);
        drawName(g, x, top, bottom, s.node(), colour);
        return new Drawn(x, top, bottom, s, annotation);
    }

    /**
     * Writes the node's name (or the annotation's first words) up the stripe, cut to the stripe's
     * height, in black or white, whichever reads better on the stripe's colour: its image from
     * {@link StripeNames}, of which only the bottom part the stripe has room for is copied.
     */
    private void drawName(GraphicsContext g, double x, double top, double bottom, String name, Color colour) {
        double room = bottom - top - 6;
        if (room < 3 * NAME_FONT || name == null || name.isBlank()) {
            return;
        }
        String leaf = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        javafx.scene.image.Image image = names.image(leaf, org.quire.ui.common.Contrast.textOn(colour), scale);
        // In points: the image is drawn at the screen's pixels a point.
        double w = image.getWidth() / scale;
        double h = image.getHeight() / scale;
        double shown = Math.min(h, room);
        // Read from the bottom up, as a book's spine, centred on the stripe.
        g.drawImage(image, 0, (h - shown) * scale, image.getWidth(), shown * scale,
                Math.round(x + COLUMN / 2 - w / 2), bottom - 3 - shown, w, shown);
    }

    // The visible paragraphs' offsets and vertical extents, measured once per redraw: a paragraph's
    // bounds cost about a millisecond, a character's bounds tens of milliseconds, so characters are
    // placed by their wrapped line within the paragraph instead (lines of one font are equally tall).
    private int visibleCount;
    private int[] parIndex = new int[0];
    private int[] parStart = new int[0];
    private int[] parLength = new int[0];
    private double[] parTop = new double[0];
    private double[] parBottom = new double[0];

    private void measureVisibleParagraphs() {
        int n = area.getVisibleParagraphs().size();
        if (parIndex.length < n) {
            parIndex = new int[n];
            parStart = new int[n];
            parLength = new int[n];
            parTop = new double[n];
            parBottom = new double[n];
        }
        visibleCount = n;
        for (int k = 0; k < n; k++) {
            int par;
            try {
                par = area.visibleParToAllParIndex(k);
            } catch (IllegalArgumentException e) {
                // Asked while the text area lays out its cells: its list of visible paragraphs can be
                // ahead of the cells themselves. Draw what is laid out; the layout's end redraws.
                visibleCount = k;
                return;
            }
            parIndex[k] = par;
            parStart[k] = area.getAbsolutePosition(par, 0);
            parLength[k] = area.getParagraphLength(par);
            Bounds b = area.getVisibleParagraphBoundsOnScreen(k);
            Point2D top = canvas.screenToLocal(b.getMinX(), b.getMinY());
            Point2D bottom = canvas.screenToLocal(b.getMinX(), b.getMaxY());
            parTop[k] = top == null ? 0 : top.getY();
            parBottom[k] = bottom == null ? 0 : bottom.getY();
        }
    }

    /** The top (or bottom) of the line holding a character, in this margin's coordinates. */
    private double y(int offset, boolean top) {
        int k = visibleCount - 1;
        while (k > 0 && parStart[k] > offset) {
            k--;
        }
        int column = Math.max(0, Math.min(parLength[k], offset - parStart[k]));
        int lines = Math.max(1, area.getParagraphLinesCount(parIndex[k]));
        int line = lines == 1 ? 0 : Math.min(lines - 1, area.lineIndex(parIndex[k], column));
        double height = (parBottom[k] - parTop[k]) / lines;
        double y = parTop[k] + height * (top ? line : line + 1);
        return Math.max(0, Math.min(canvas.getHeight(), y));
    }

    private Drawn hit(double x, double y) {
        Drawn best = null;
        for (Drawn d : drawn) {
            if (x >= d.x() - 1 && x <= d.x() + COLUMN + 1 && y >= d.top() && y <= d.bottom()
                    && (best == null || d.bottom() - d.top() < best.bottom() - best.top())) {
                best = d; // the shortest stripe under the mouse: the most specific passage
            }
        }
        return best;
    }

    /** What hovering at a point names: the node path (or "Annotation: …"), or null over empty margin. */
    public String nameAt(double x, double y) {
        Drawn d = hit(x, y);
        if (d == null) {
            return null;
        }
        return d.annotation() ? "Annotation: " + d.stripe().node() : d.stripe().node();
    }

    /** Where a stripe of this node is drawn (its centre), for tests and keyboard-free checks. */
    public Optional<Point2D> centreOf(String node) {
        return drawn.stream().filter(d -> !d.annotation() && d.stripe().node().equals(node)).findFirst()
                .map(d -> new Point2D(d.x() + COLUMN / 2, (d.top() + d.bottom()) / 2));
    }

    /** How many stripes are drawn now (the visible ones only). */
    public int drawnCount() {
        return drawn.size();
    }

    private void hover(double x, double y, double screenX, double screenY) {
        DrawnMark mark = markAt(x, y);
        String name = mark != null ? mark.mark().tooltip() : nameAt(x, y);
        if (name == null) {
            tooltip.hide();
        } else {
            tooltip.setText(name);
            if (!tooltip.isShowing()) {
                tooltip.show(canvas, screenX + 12, screenY + 8);
            }
        }
    }
}
