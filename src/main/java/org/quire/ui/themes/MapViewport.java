package org.quire.ui.themes;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;

/**
 * Zoom and pan for the thematic map: the map's canvas is scaled inside a scroll pane. Ctrl+wheel
 * zooms about the pointer, a drag on empty background pans, the scroll bars scroll. Only the view
 * changes: the canvas keeps the map's own coordinates, so nothing here moves a box or saves a thing.
 */
final class MapViewport {
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 3;
    static final double STEP = 1.2;
    /** Fitting a small map to a large window stops here: boxes twice their size help no one. */
    private static final double MAX_FIT = 1.5;
    private static final double FIT_MARGIN = 20;

    private final Pane canvas;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final StackPane holder;
    private final ScrollPane scroll;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    private double[] panFrom;

    MapViewport(Pane canvas) {
        this.canvas = canvas;
        canvas.getTransforms().add(scale);
        // The group's size is the scaled canvas, so the scroll bars reach every part of the zoomed map.
        holder = new StackPane(new Group(canvas));
        holder.setAlignment(Pos.TOP_LEFT);
        holder.setId("map-background");
        holder.setStyle("-fx-background-color: white;");
        holder.setCursor(Cursor.OPEN_HAND);
        scroll = new ScrollPane(holder);
        scroll.setId("map-scroll");
        // The background fills the view when the map is smaller than it, so it can be grabbed anywhere.
        scroll.viewportBoundsProperty().addListener((o, a, b) -> holder.setMinSize(b.getWidth(), b.getHeight()));
        scroll.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        holder.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        holder.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        holder.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            panFrom = null;
            holder.setCursor(Cursor.OPEN_HAND);
        });
    }

    ScrollPane node() {
        return scroll;
    }

    /** The zoom: 1 is the map's own size. */
    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    void zoomIn() {
        zoomAtCentre(zoom.get() * STEP);
    }

    void zoomOut() {
        zoomAtCentre(zoom.get() / STEP);
    }

    void actualSize() {
        zoomAtCentre(1);
    }

    /** Zooms so that {@code extent} (in map coordinates) fills the view, and scrolls to it. */
    void fit(Bounds extent) {
        Bounds view = scroll.getViewportBounds();
        if (extent == null || extent.getWidth() <= 0 || view.getWidth() <= 0) {
            return;
        }
        double z = Math.min(view.getWidth() / (extent.getWidth() + 2 * FIT_MARGIN),
                view.getHeight() / (extent.getHeight() + 2 * FIT_MARGIN));
        setZoom(Math.min(MAX_FIT, z));
        scrollTo((extent.getMinX() - FIT_MARGIN) * zoom.get(), (extent.getMinY() - FIT_MARGIN) * zoom.get());
    }

    private void zoomAtCentre(double z) {
        Bounds view = scroll.getViewportBounds();
        zoomAt(z, view.getWidth() / 2, view.getHeight() / 2);
    }

    /** Zooms to {@code z}, keeping the map point under ({@code vx}, {@code vy}) of the view where it is. */
    private void zoomAt(double z, double vx, double vy) {
        double before = zoom.get();
        double mapX = (left() + vx) / before;
        double mapY = (top() + vy) / before;
        setZoom(z);
        scrollTo(mapX * zoom.get() - vx, mapY * zoom.get() - vy);
    }

    private void setZoom(double z) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        scale.setX(clamped);
        scale.setY(clamped);
        zoom.set(clamped);
        // The new content size is needed now to turn a position into scroll values.
        scroll.layout();
    }

    private void wheel(ScrollEvent e) {
        if (!e.isShortcutDown() || e.getDeltaY() == 0) {
            return;
        }
        Point2D at = holder.sceneToLocal(e.getSceneX(), e.getSceneY());
        zoomAt(zoom.get() * (e.getDeltaY() > 0 ? STEP : 1 / STEP), at.getX() - left(), at.getY() - top());
        e.consume();
    }

    private void pressed(MouseEvent e) {
        // Boxes take their own presses (they are dragged); what reaches here is the background.
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        scroll.requestFocus();
        panFrom = new double[] {e.getScreenX(), e.getScreenY(), left(), top()};
        holder.setCursor(Cursor.CLOSED_HAND);
    }

    private void dragged(MouseEvent e) {
        if (panFrom != null) {
            scrollTo(panFrom[2] - (e.getScreenX() - panFrom[0]), panFrom[3] - (e.getScreenY() - panFrom[1]));
        }
    }

    /** How far the view is scrolled from the left edge of the (zoomed) map, in pixels. */
    double left() {
        double room = holder.getWidth() - scroll.getViewportBounds().getWidth();
        return room <= 0 ? 0 : scroll.getHvalue() * room;
    }

    double top() {
        double room = holder.getHeight() - scroll.getViewportBounds().getHeight();
        return room <= 0 ? 0 : scroll.getVvalue() * room;
    }

    private void scrollTo(double x, double y) {
        double w = holder.getWidth() - scroll.getViewportBounds().getWidth();
        double h = holder.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setHvalue(w <= 0 ? 0 : Math.max(0, Math.min(1, x / w)));
        scroll.setVvalue(h <= 0 ? 0 : Math.max(0, Math.min(1, y / h)));
    }

    /** The canvas the boxes are drawn on, in map coordinates. */
    Pane canvas() {
        return canvas;
    }
}
