package org.quire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchChartTest {
    private static String result(String size, String term, double p95) {
        return """
                {"size": "%s", "rows": [
                  {"operation": "search, term `%s` (first 100 rows)", "runs": 20, "p50Ms": 1, "p95Ms": %s, "target": "p95 < 50 ms"},
                  {"operation": "matrix 50 x 50 nodes (MatrixService.run)", "runs": 20, "p50Ms": 1, "p95Ms": 70, "target": "p95 < 50 ms"},
                  {"operation": "index rebuild from the database", "runs": 5, "p50Ms": 900, "p95Ms": 990, "target": "≥ 500,000/s"},
                  {"operation": "theme matrix to xlsx", "runs": 5, "p50Ms": 900, "p95Ms": 990, "target": "p95 < 5000 ms"}
                ]}""".formatted(size, term, p95);
    }

    @Test
    void everyInteractiveRowOfEverySizeMeasuredIsDrawnWithTheFiftyMillisecondLine(@TempDir Path out) throws Exception {
        Files.writeString(out.resolve("bench-s.json"), result("S", "ortiskalin", 11.2));
        Files.writeString(out.resolve("bench-m.json"), result("M", "ageistmior", 23.5));

        Map<String, Map<String, Double>> read = BenchChart.read(out);
        assertEquals(List.of("S", "M"), List.copyOf(read.keySet()));
        // The same row at both sizes although each project's search word differs; throughput and
        // slow export rows are not interactive and stay out.
        assertEquals(Map.of("search, term (first 100 rows)", 23.5, "matrix 50 x 50 nodes (MatrixService.run)", 70.0),
                read.get("M"));
        assertEquals(11.2, read.get("S").get("search, term (first 100 rows)"));

        BenchChart.write(out);
        BufferedImage png = ImageIO.read(out.resolve("bench-p95.png").toFile());
        assertEquals(1100, png.getWidth());
        assertTrue(png.getHeight() > 150);
        String svg = Files.readString(out.resolve("bench-p95.svg"));
        assertTrue(svg.startsWith("<svg") || svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
        assertTrue(svg.contains("50 ms"), "the 50 ms line is labelled");
        assertTrue(svg.contains("search, term (first 100 rows)"), "operations are named");
        assertFalse(svg.contains("index rebuild"));
    }
}
