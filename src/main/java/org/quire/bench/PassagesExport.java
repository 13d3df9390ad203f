package org.quire.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.quire.service.exchange.ExportOptions;

/**
 * Every coded passage of the project, one row each, to xlsx or csv (ExportService), as File →
 * Export → Coded passages writes it: 100,000 rows at M, which the issue wants within a few seconds.
 */
final class PassagesExport implements FileExport {
    private final ExportOptions.Format format;
    private long rows;

    PassagesExport(ExportOptions.Format format) {
        this.format = format;
    }

    @Override
    public String name() {
        return "every coded passage to " + (format == ExportOptions.Format.XLSX ? "xlsx" : "csv") + " (ExportService)";
    }

    @Override
    public String unit() {
        return "rows";
    }

    @Override
    public void setUp(BenchContext c) {
        rows = c.project().nodes().counts().values().stream().mapToLong(org.quire.model.NodeCounts::references).sum();
    }

    @Override
    public Sample run(BenchContext c) throws Exception {
        Path out = c.scratch().resolve("passages." + (format == ExportOptions.Format.XLSX ? "xlsx" : "csv"));
        Files.createDirectories(c.scratch());
        long t0 = System.nanoTime();
        c.project().exports().export(ExportOptions.of(format, ExportOptions.What.PASSAGES), out);
        long nanos = System.nanoTime() - t0;
        if (Files.size(out) == 0) {
            throw new IllegalStateException("empty " + out.getFileName());
        }
        Files.delete(out);
        return new Sample(nanos, rows);
    }
}
