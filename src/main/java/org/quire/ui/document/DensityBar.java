package org.quire.ui.document;

import java.util.function.IntConsumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The density bar: the whole source top to bottom, darker where more codings overlap, with the
 * stretch on screen outlined. A click scrolls the text there. The density is computed once per
 * document ({@link StripeLayout#density}); a scroll only moves the outline.
 */
public final class DensityBar extends CanvasMargin {
    private static final int BUCKETS = 400;
    private static final double WIDTH = 12;

    private final GenericStyledArea<?, ?, ?> area;
    private int[] density = new int[1];
    private int max;
    private int length;
    private IntConsumer onJump = offset -> { };

    public DensityBar(GenericStyledArea<?, ?, ?> area) {
        this.area = area;
        getStyleClass().add("density-bar");
        setId("density-bar");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        Tooltip.install(canvas, new Tooltip("Coding density over the whole source; click to go there"));
        area.viewportDirtyEvents().subscribe(x -> redrawSoon());
        canvas.setOnMouseClicked(e -> {
            if (length > 0 && canvas.getHeight() > 0) {
                onJump.accept((int) Math.min(length - 1, Math.max(0, e.getY() / canvas.getHeight() * length)));
            }
        });
    }

    /** Receives the text offset under a click. */
    public void setOnJump(IntConsumer jump) {
        this.onJump = jump;
    }

    public void show(StripeLayout layout, int textLength) {
        this.length = textLength;
        this.density = layout.density(BUCKETS);
        int m = 0;
        for (int d : density) {
            m = Math.max(m, d);
        }
        this.max = m;
        redrawSoon();
    }

    @Override
    protected void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.rgb(128, 132, 145, 0.14));
        g.fillRect(0, 0, w, h);
        if (length == 0 || h <= 0) {
            return;
        }
        double row = h / density.length;
        for (int i = 0; i < density.length; i++) {
            if (density[i] > 0) {
                // Even one coding shows; the darkest is the most coded stretch of this source.
                double strength = 0.25 + 0.75 * density[i] / Math.max(1, max);
                g.setFill(Color.rgb(52, 84, 160, strength));
                g.fillRect(1, i * row, w - 2, Math.max(1, row));
            }
        }
        if (!area.getVisibleParagraphs().isEmpty()) {
            int firstPar;
            int lastPar;
            try {
                firstPar = area.visibleParToAllParIndex(0);
                lastPar = area.visibleParToAllParIndex(area.getVisibleParagraphs().size() - 1);
            } catch (IllegalArgumentException e) {
                // Asked while the text area lays out its cells (its list of visible paragraphs can
                // change under the question); the layout's end draws the view's box again.
                return;
            }
            double top = (double) area.getAbsolutePosition(firstPar, 0) / length * h;
            double bottom = (double) area.getAbsolutePosition(lastPar, area.getParagraphLength(lastPar)) / length * h;
            g.setStroke(Color.web("#c0392b"));
            g.setLineWidth(1.5);
            g.strokeRect(0.75, top, w - 1.5, Math.max(3, bottom - top));
        }
    }
}
