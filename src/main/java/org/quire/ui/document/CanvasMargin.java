package org.quire.ui.document;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A margin beside the document drawn on one canvas that fills it: the coding stripes and the
 * density bar. Redraws are coalesced, since many viewport events arrive per frame while scrolling.
 */
abstract class CanvasMargin extends Region {
    protected final Canvas canvas = new Canvas();
    private boolean redrawQueued;

    CanvasMargin() {
        getChildren().add(canvas);
        heightProperty().addListener((o, a, b) -> redrawSoon());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    /** Draws once after layout settles, however often it is asked for before then. */
    protected final void redrawSoon() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(() -> {
                redrawQueued = false;
                redraw();
            });
        }
    }

    /** Draws the whole margin now. */
    protected abstract void redraw();
}
