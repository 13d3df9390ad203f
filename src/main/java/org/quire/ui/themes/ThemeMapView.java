package org.quire.ui.themes;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import org.quire.model.MapElement;
import org.quire.model.MapLink;
import org.quire.model.ThemeMap;
import org.quire.model.ThemeStatus;

/**
 * The thematic map editor: boxes for themes, sub-themes and nodes that can be dragged (their
 * positions are saved), structure lines, typed links that can be added and removed, zoom, fit and
 * pan ({@link MapViewport}: the view only, never the saved layout), and export to PNG and SVG.
 */
public final class ThemeMapView {
    private final ThemesViewModel vm;
    private final Pane canvas = new Pane();
    private final MapViewport view = new MapViewport(canvas);
    private final Map<MapElement, double[]> moved = new HashMap<>();
    private final ComboBox<ThemeMap.Box> from = new ComboBox<>();
    private final ComboBox<ThemeMap.Box> to = new ComboBox<>();
    private final ComboBox<String> label = new ComboBox<>();
    private final ComboBox<MapLink> links = new ComboBox<>();
    private final Label status = new Label();

    public ThemeMapView(ThemesViewModel vm) {
        this.vm = vm;
    }

    public Region build() {
        canvas.setId("theme-map");
        vm.mapProperty().addListener((obs, old, map) -> showMap(map));
        // Built when its tab is first shown: the map read for the board may be here already.
        showMap(vm.mapProperty().get());
        for (ComboBox<ThemeMap.Box> c : List.of(from, to)) {
            c.setCellFactory(v -> boxCell());
            c.setButtonCell(boxCell());
            c.setPrefWidth(180);
        }
        from.setPromptText("from");
        to.setPromptText("to");
        label.setEditable(true);
        label.getItems().setAll(vm.linkLabels());
        label.setValue(vm.linkLabels().get(0));
        label.setPrefWidth(130);
        Button add = new Button("Add link");
        add.setId("add-link");
        add.setOnAction(e -> {
            String text = label.getEditor().getText();
            if (from.getValue() != null && to.getValue() != null) {
                vm.link(from.getValue().element(), to.getValue().element(), text == null || text.isBlank()
                        ? label.getValue() : text);
            }
        });
        links.setPromptText("links");
        links.setPrefWidth(220);
        links.setCellFactory(v -> linkCell());
        links.setButtonCell(linkCell());
        Button remove = new Button("Remove link");
        remove.setOnAction(e -> {
            if (links.getValue() != null) {
                vm.unlink(links.getValue());
            }
        });
        Button png = new Button("Export PNG…");
        png.setOnAction(e -> export(true));
        Button svg = new Button("Export SVG…");
        svg.setOnAction(e -> export(false));

        Button out = zoomButton("−", "map-zoom-out", "Zoom out (Ctrl+minus, or Ctrl+wheel)", view::zoomOut);
        Button in = zoomButton("+", "map-zoom-in", "Zoom in (Ctrl+plus, or Ctrl+wheel)", view::zoomIn);
        Button actual = zoomButton("Actual size", "map-zoom-actual", "The map at its own size (100%)", view::actualSize);
        Button fit = zoomButton("Fit", "map-fit", "Fit the whole map in the window (Ctrl+0)", this::fit);
        Label percent = new Label();
        percent.setId("map-zoom");
        percent.setMinWidth(Region.USE_PREF_SIZE);
        percent.textProperty().bind(view.zoomProperty().multiply(100).asString("%.0f%%"));
        for (Button b : List.of(add, remove, png, svg)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox linking = new HBox(6, from, label, to, add);
        linking.setAlignment(Pos.CENTER_LEFT);
        HBox existing = new HBox(6, links, remove);
        existing.setAlignment(Pos.CENTER_LEFT);
        HBox zooming = new HBox(4, label("Zoom"), out, percent, in, actual, fit);
        zooming.setAlignment(Pos.CENTER_LEFT);
        HBox exporting = new HBox(6, png, svg, status);
        exporting.setAlignment(Pos.CENTER_LEFT);
        // Groups wrap as wholes onto further lines in a narrow window instead of being cut off.
        FlowPane tools = new FlowPane(16, 6, linking, existing, zooming, exporting);
        Label hint = new Label("Drag a box to move it (its place is saved with the project). Drag the background or use"
                + " the scroll bars to pan; Ctrl+wheel or Ctrl+plus/minus zooms, Ctrl+0 fits the map to the window."
                + " Zooming and panning change only the view.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox top = new VBox(4, tools, hint);
        top.setPadding(new Insets(6));
        BorderPane pane = new BorderPane(view.node());
        pane.setTop(top);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        return pane;
    }

    private Button zoomButton(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Ctrl+plus and Ctrl+minus zoom, Ctrl+0 fits the map to the window. */
    private void key(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case DIGIT0, NUMPAD0 -> fit();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Fits every box of the map in the window. */
    void fit() {
        ThemeMap map = vm.mapProperty().get();
        if (map == null || map.boxes().isEmpty()) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (javafx.scene.Node n : canvas.getChildren()) {
            if (n instanceof StackPane box) {
                minX = Math.min(minX, box.getLayoutX());
                minY = Math.min(minY, box.getLayoutY());
                maxX = Math.max(maxX, box.getLayoutX() + ThemeMap.BOX_WIDTH);
                maxY = Math.max(maxY, box.getLayoutY() + ThemeMap.BOX_HEIGHT);
            }
        }
        view.fit(new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY));
    }

    private void export(boolean png) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(png ? "thematic-map.png" : "thematic-map.svg");
        File file = chooser.showSaveDialog(canvas.getScene().getWindow());
        if (file != null) {
            vm.exportMap(file.toPath(), png, f -> status.setText("Wrote " + f.getFileName()));
        }
    }

    private void showMap(ThemeMap map) {
        moved.clear();
        draw(map);
        List<ThemeMap.Box> boxes = map == null ? List.of() : map.boxes();
        from.getItems().setAll(boxes);
        to.getItems().setAll(boxes);
        links.getItems().setAll(map == null ? List.of() : map.links());
    }

    private void draw(ThemeMap map) {
        canvas.getChildren().clear();
        if (map == null) {
            return;
        }
        // Boxes are made first so lines can follow them while one is dragged; they are added last to sit on top.
        Map<MapElement, StackPane> boxes = new HashMap<>();
        for (ThemeMap.Box box : map.boxes()) {
            boxes.put(box.element(), box(map, box));
        }
        for (ThemeMap.Edge e : map.structure()) {
            StackPane a = boxes.get(e.part());
            StackPane b = boxes.get(e.whole());
            if (a == null || b == null) {
                continue;
            }
            Line l = new Line();
            l.startXProperty().bind(a.layoutXProperty().add(ThemeMap.BOX_WIDTH / 2));
            l.startYProperty().bind(a.layoutYProperty().add(ThemeMap.BOX_HEIGHT / 2));
            l.endXProperty().bind(b.layoutXProperty().add(ThemeMap.BOX_WIDTH / 2));
            l.endYProperty().bind(b.layoutYProperty().add(ThemeMap.BOX_HEIGHT / 2));
            l.setStroke(Color.web("#b8b8b8"));
            canvas.getChildren().add(l);
        }
        for (MapLink link : map.links()) {
            StackPane a = boxes.get(link.from());
            StackPane b = boxes.get(link.to());
            if (a != null && b != null) {
                drawLink(link, a, b);
            }
        }
        for (ThemeMap.Box box : map.boxes()) {
            canvas.getChildren().add(boxes.get(box.element()));
        }
    }

    private void drawLink(MapLink link, StackPane fromBox, StackPane toBox) {
        Color colour = Color.web(switch (link.label().toLowerCase(java.util.Locale.ROOT)) {
            case "contradicts" -> "#c0392b";
            case "leads to" -> "#1f6fb2";
            case "is part of" -> "#555555";
            default -> "#7d3c98";
        });
        Line line = new Line();
        line.setStroke(colour);
        line.setStrokeWidth(2);
        Polygon head = new Polygon();
        head.setFill(colour);
        Text text = new Text(link.label());
        text.setFill(colour);
        text.setStyle("-fx-font-style: italic;");
        Runnable place = () -> {
            double[] a = centre(fromBox);
            double[] b = centre(toBox);
            line.setStartX(a[0]);
            line.setStartY(a[1]);
            line.setEndX(b[0]);
            line.setEndY(b[1]);
            // The arrowhead sits where the line meets the target box's edge.
            double[] tip = edge(b, a);
            double angle = Math.atan2(tip[1] - a[1], tip[0] - a[0]);
            head.getPoints().setAll(tip[0], tip[1], tip[0] - 10 * Math.cos(angle - 0.4),
                    tip[1] - 10 * Math.sin(angle - 0.4), tip[0] - 10 * Math.cos(angle + 0.4),
                    tip[1] - 10 * Math.sin(angle + 0.4));
            text.setX((a[0] + b[0]) / 2);
            text.setY((a[1] + b[1]) / 2 - 4);
        };
        place.run();
        // Redrawn on every move of either end, so the link follows a box while it is dragged.
        for (StackPane p : List.of(fromBox, toBox)) {
            p.layoutXProperty().addListener((o, x, y) -> place.run());
            p.layoutYProperty().addListener((o, x, y) -> place.run());
        }
        canvas.getChildren().addAll(line, head, text);
    }

    private StackPane box(ThemeMap map, ThemeMap.Box box) {
        Rectangle r = new Rectangle(ThemeMap.BOX_WIDTH, ThemeMap.BOX_HEIGHT);
        r.setArcWidth(box.kind() == ThemeMap.BoxKind.NODE ? 6 : 20);
        r.setArcHeight(r.getArcWidth());
        r.setFill(Color.web(box.kind() == ThemeMap.BoxKind.NODE ? "#f4f4f4" : switch (box.status()) {
            case CANDIDATE -> "#fff4d6";
            case REVIEWED -> "#e3effc";
            case DEFINED -> "#e2f5e4";
            case FINAL -> "#c9ecce";
            case DISCARDED -> "#eeeeee";
        }));
        r.setStroke(Color.web(box.kind() == ThemeMap.BoxKind.NODE ? "#8a8a8a" : "#5a4a1a"));
        r.setStrokeWidth(box.kind() == ThemeMap.BoxKind.THEME ? 2.2 : 1.2);
        if (box.status() == ThemeStatus.DISCARDED) {
            r.getStrokeDashArray().setAll(5.0, 3.0);
        }
        Label text = new Label(box.label());
        text.setWrapText(true);
        text.setMaxWidth(ThemeMap.BOX_WIDTH - 12);
        // The boxes are light in the dark theme too (the map is a sheet of paper, as exported): dark text.
        text.setStyle("-fx-text-fill: #1d1d1f;" + (box.kind() == ThemeMap.BoxKind.NODE ? "" : " -fx-font-weight: bold;"));
        StackPane pane = new StackPane(r, text);
        pane.setId("box-" + box.element().key());
        pane.relocate(box.x(), box.y());
        pane.setCursor(javafx.scene.Cursor.MOVE);
        // In the canvas's own (map) coordinates, so a box follows the pointer at any zoom and its
        // saved place does not depend on the zoom.
        double[] grab = new double[2];
        pane.setOnMousePressed(e -> {
            javafx.geometry.Point2D at = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
            grab[0] = at.getX() - pane.getLayoutX();
            grab[1] = at.getY() - pane.getLayoutY();
            pane.toFront();
            // The press is the box's: it must not start panning the background.
            e.consume();
        });
        pane.setOnMouseDragged(e -> {
            javafx.geometry.Point2D at = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
            double x = Math.max(0, at.getX() - grab[0]);
            double y = Math.max(0, at.getY() - grab[1]);
            pane.relocate(x, y);
            moved.put(box.element(), new double[] {x, y});
            e.consume();
        });
        pane.setOnMouseReleased(e -> {
            double[] at = moved.remove(box.element());
            if (at != null) {
                vm.moveBox(box.element(), Math.round(at[0]), Math.round(at[1]), box);
            }
            e.consume();
        });
        return pane;
    }

    private static double[] centre(StackPane box) {
        return new double[] {box.getLayoutX() + ThemeMap.BOX_WIDTH / 2, box.getLayoutY() + ThemeMap.BOX_HEIGHT / 2};
    }

    private static double[] edge(double[] centre, double[] toward) {
        double dx = toward[0] - centre[0];
        double dy = toward[1] - centre[1];
        if (dx == 0 && dy == 0) {
            return centre;
        }
        double t = Math.min(dx == 0 ? Double.MAX_VALUE : (ThemeMap.BOX_WIDTH / 2 + 2) / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : (ThemeMap.BOX_HEIGHT / 2 + 2) / Math.abs(dy));
        return new double[] {centre[0] + dx * t, centre[1] + dy * t};
    }

    private static ListCell<ThemeMap.Box> boxCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ThemeMap.Box b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : (b.kind() == ThemeMap.BoxKind.NODE ? "node: " : "") + b.label());
            }
        };
    }

    private ListCell<MapLink> linkCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MapLink l, boolean empty) {
                super.updateItem(l, empty);
                ThemeMap map = vm.mapProperty().get();
                if (empty || l == null || map == null || map.box(l.from()) == null || map.box(l.to()) == null) {
                    setText(null);
                } else {
                    setText(map.box(l.from()).label() + " — " + l.label() + " → " + map.box(l.to()).label());
                }
            }
        };
    }
}
