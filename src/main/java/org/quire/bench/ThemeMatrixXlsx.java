package org.quire.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.Theme;
import org.quire.model.ThemeMatrix;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;

/**
 * A theme matrix of at least 10,000 extracts exported to xlsx (ExportService), as a supervisor's
 * workbook is made. Generated themes are fed by a few middle-level nodes and hold a few hundred
 * extracts, so unless the project already has a theme that large, setUp makes one from the
 * top-level nodes with the most coded passages, and tearDown deletes it again. A project too small
 * for 10,000 (sizes XS and S) gets a theme of every extract under its top-level nodes; the rate
 * column says how many extracts a second, whatever the count.
 */
final class ThemeMatrixXlsx implements FileExport {
    static final int EXTRACTS = 10_000;
    private static final String NAME = "Benchmark theme matrix";

    private Theme theme;
    private boolean made;
    private int extracts;

    @Override
    public String name() {
        return "theme matrix of 10,000 extracts to xlsx (ExportService)";
    }

    @Override
    public String unit() {
        return "extracts";
    }

    @Override
    public void setUp(BenchContext c) {
        Project p = c.project();
        for (ThemeMatrix m : p.themeMatrices().matrices(List.of(), List.of())) {
            if (m.rows().size() >= EXTRACTS && (theme == null || m.rows().size() < extracts)) {
                theme = p.themes().list().stream().filter(t -> t.guid().equals(m.themeGuid())).findFirst().orElseThrow();
                extracts = m.rows().size();
            }
        }
        if (theme != null) {
            return;
        }
        Map<NodeId, NodeCounts> counts = p.nodes().counts();
        List<Node> roots = new ArrayList<>(p.nodes().tree().roots());
        roots.sort(Comparator.comparingInt((Node n) -> -counts.get(n.id()).aggregateReferences()));
        List<NodeId> feed = new ArrayList<>();
        int total = 0;
        for (Node n : roots) {
            if (total >= EXTRACTS) {
                break;
            }
            feed.add(n.id());
            total += counts.get(n.id()).aggregateReferences();
        }
        theme = p.themes().create(NAME, "Made by the benchmark; deleted after it.", null, feed);
        made = true;
        extracts = p.themeMatrices().matrix(theme.id(), List.of()).rows().size();
        if (extracts == 0) {
            throw new IllegalStateException("the project has no coded extracts to make a theme matrix of");
        }
    }

    @Override
    public Sample run(BenchContext c) throws Exception {
        Path out = c.scratch().resolve("theme-matrix.xlsx");
        Files.createDirectories(c.scratch());
        long t0 = System.nanoTime();
        c.project().exports().export(ExportOptions.of(ExportOptions.Format.XLSX, ExportOptions.What.THEMES)
                .themes(List.of(theme.name())), out);
        long nanos = System.nanoTime() - t0;
        if (Files.size(out) == 0) {
            throw new IllegalStateException("empty workbook");
        }
        Files.delete(out);
        return new Sample(nanos, extracts);
    }

    @Override
    public void tearDown(BenchContext c) {
        if (made && theme != null) {
            c.project().themes().delete(theme.id());
        }
        theme = null;
        made = false;
    }
}
