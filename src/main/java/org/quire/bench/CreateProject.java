package org.quire.bench;

import java.nio.file.Path;
import org.quire.service.Project;

/**
 * Creating a new, empty project ({@link Project#create}: the folder, the database with its schema,
 * the lock), until it is open and ready for a first import. Closing it again is not timed.
 */
final class CreateProject implements Operation {
    private int run;

    @Override
    public String name() {
        return "create an empty project (Project.create)";
    }

    @Override
    public Sample run(BenchContext c) throws Exception {
        Path target = c.scratch().resolve("create-" + run++ + ".quire");
        long nanos;
        long t0 = System.nanoTime();
        try (Project project = Project.create(target, "Create benchmark", c.coder())) {
            nanos = System.nanoTime() - t0;
        }
        BenchContext.deleteTree(target);
        return Sample.of(nanos);
    }
}
