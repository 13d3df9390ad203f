package org.quire.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * The chart beside the benchmark's tables: p95 of every interactive operation (those with a p95
 * target) at each size measured into the same folder (bench-XS/S/M/L.json), as horizontal bars on
 * a logarithmic scale with the 50 ms line drawn, each row named with its growth exponent
 * ({@link BenchGrowth}) once two sizes are there. Written as bench-p95.png and bench-p95.svg.
 */
public final class BenchChart {
    private static final List<String> SIZES = BenchGrowth.SIZES;
    private static final Color[] COLOURS = {new Color(0xBAB0AC), new Color(0x76B7B2), new Color(0x4E79A7),
        new Color(0xB07AA1)};
    private static final int WIDTH = 1100;

    private BenchChart() {
    }

    /** Reads every bench-SIZE.json in {@code folder} and writes the chart there; returns the PNG's path. */
    public static Path write(Path folder) throws IOException {
        Map<String, Map<String, Double>> bySize = read(folder);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> operations = new ArrayList<>();
        bySize.values().forEach(rows -> rows.keySet().stream().filter(o -> !operations.contains(o))
                .forEach(operations::add));
        // With two sizes or more, each row's name carries its growth exponent (BenchGrowth, on p50).
        Map<String, String> names = new LinkedHashMap<>();
        operations.forEach(op -> names.put(op, op));
        if (bySize.size() >= 2) {
            for (BenchGrowth.Growth g : BenchGrowth.growth(BenchGrowth.read(folder))) {
                if (!Double.isNaN(g.p50Exponent())) {
                    // In front: a long name is cut at the axis, and the exponent must survive that.
                    names.put(g.operation(), String.format(Locale.ROOT, "[k = %.2f]  %s", g.p50Exponent(), g.operation()));
                }
            }
        }
        for (String size : bySize.keySet()) {
            for (String op : operations) {
                Double p95 = bySize.get(size).get(op);
                // A row not measured at this size is left out rather than drawn as zero.
                data.addValue(p95, size, names.get(op));
            }
        }
        double slowest = bySize.values().stream().flatMap(r -> r.values().stream()).mapToDouble(Double::doubleValue)
                .max().orElse(Operation.Target.INSTANT_MS);
        JFreeChart chart = chart(data, Math.max(slowest, Operation.Target.INSTANT_MS) * 2);
        int height = 120 + operations.size() * (12 + 9 * bySize.size());
        Path png = folder.resolve("bench-p95.png");
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, height);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
        chart.draw(svg, new Rectangle(WIDTH, height));
        SVGUtils.writeToSVG(folder.resolve("bench-p95.svg").toFile(), svg.getSVGElement());
        return png;
    }

    /** Size → operation (the words picked from each project cut out of its name) → p95 ms, sizes small to large. */
    static Map<String, Map<String, Double>> read(Path folder) throws IOException {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (BenchGrowth.Run run : BenchGrowth.read(folder)) {
            Map<String, Double> rows = new LinkedHashMap<>();
            run.rows().forEach((op, ms) -> rows.put(op, ms[1]));
            out.put(run.size(), rows);
        }
        return out;
    }

    // "search, term `ortiskalin` (first 100 rows)" → "search, term (first 100 rows)": the same row at every size.
    static String label(String operation) {
        return BenchGrowth.label(operation);
    }

    private static JFreeChart chart(DefaultCategoryDataset data, double upper) {
        LogAxis ms = new LogAxis("p95, milliseconds (log scale)");
        ms.setBase(10);
        ms.setSmallestValue(0.1);
        ms.setRange(0.5, upper);
        ms.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.#"));
        // One labelled tick per power of ten (1, 10, 100 ms …), minor ticks between.
        ms.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0), false, true);
        ms.setMinorTickCount(9);
        ms.setMinorTickMarksVisible(true);
        CategoryAxis operations = new CategoryAxis();
        operations.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        operations.setMaximumCategoryLabelWidthRatio(0.45f);
        operations.setCategoryMargin(0.25);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setBase(0.1);
        bars.setItemMargin(0.0);
        for (int i = 0; i < data.getRowCount(); i++) {
            String size = (String) data.getRowKey(i);
            bars.setSeriesPaint(i, COLOURS[SIZES.indexOf(size)]);
        }
        CategoryPlot plot = new CategoryPlot(data, operations, ms, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        ValueMarker instant = new ValueMarker(Operation.Target.INSTANT_MS, new Color(0xE15759), new BasicStroke(2f));
        instant.setLabel("50 ms");
        instant.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        instant.setLabelPaint(new Color(0xE15759));
        instant.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        instant.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(instant);
        JFreeChart chart = new JFreeChart("p95 of each interactive operation by project size",
                new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
