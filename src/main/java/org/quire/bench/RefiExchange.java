package org.quire.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.quire.service.Project;
import org.quire.service.exchange.RefiService;

/**
 * REFI-QDA exchange of the whole benchmark project: writing it as a QDPX, and opening that QDPX
 * as a new project. Both are long work a user watches a progress bar for; the unit is codings, the
 * bulk of the project file.
 */
final class RefiExchange {
    private RefiExchange() {
    }

    /** The export of the whole project to a QDPX in the scratch folder. */
    static final class Export implements Operation {
        @Override
        public String name() {
            return "export the project as QDPX (RefiService.exportProject)";
        }

        @Override
        public String unit() {
            return "passages";
        }

        @Override
        public int runs(int requested) {
            return Math.max(2, requested / 10);
        }

        @Override
        public Sample run(BenchContext c) {
            Path out = c.scratch().resolve("export.qdpx");
            long t0 = System.nanoTime();
            RefiService.Exported e = c.project().refi().exportProject(out, "standard", RefiService.Progress.NONE);
            return new Sample(System.nanoTime() - t0, e.passages());
        }
    }

    /** Opening the exported QDPX as a new project: parse, offsets, one transaction with every row. */
    static final class Import implements Operation {
        private int run;

        @Override
        public String name() {
            return "open a QDPX as a new project (Project.importQdpx)";
        }

        @Override
        public String unit() {
            return "codings";
        }

        @Override
        public int runs(int requested) {
            return Math.max(2, requested / 10);
        }

        @Override
        public void setUp(BenchContext c) {
            Path file = c.scratch().resolve("import.qdpx");
            if (!Files.exists(file)) {
                c.project().refi().exportProject(file, "standard", RefiService.Progress.NONE);
            }
        }

        @Override
        public Sample run(BenchContext c) {
            Path target = c.scratch().resolve("qdpx-import-" + run++ + ".quire");
            long t0 = System.nanoTime();
            Project.Imported imported = Project.importQdpx(c.scratch().resolve("import.qdpx"), target,
                    c.coder(), RefiService.Progress.NONE);
            long nanos;
            try (Project p = imported.project()) {
                nanos = System.nanoTime() - t0;
                if (!imported.report().notCarried().isEmpty()) {
                    throw new IllegalStateException("the QDPX did not come back whole: " + imported.report().notCarried());
                }
            }
            BenchContext.deleteTree(target);
            return new Sample(nanos, imported.report().carried().getOrDefault("codings", 0));
        }
    }
}
