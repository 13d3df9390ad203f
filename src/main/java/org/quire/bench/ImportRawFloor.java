package org.quire.bench;

import java.nio.file.Path;
import java.util.List;
import org.quire.imports.ImportLimits;
import org.quire.imports.ImportedText;
import org.quire.imports.Importers;
import org.quire.model.Words;

/**
 * The floor under importing the same files: reading and normalising them with the importers and
 * finding word starts, without storing anything. Import divided by this is the cost of storing.
 */
final class ImportRawFloor implements Operation.Throughput {
    private final Importers importers = Importers.standard();

    @Override
    public String name() {
        return "raw floor: read + normalise + word starts, same files";
    }

    @Override
    public Sample run(BenchContext c) throws Exception {
        List<Path> files = ImportPlainText.corpusFiles(c);
        long t0 = System.nanoTime();
        long words = 0;
        for (Path f : files) {
            ImportedText text = importers.read(f, ImportLimits.DEFAULT);
            words += Words.starts(text.text()).length;
        }
        return new Sample(System.nanoTime() - t0, words);
    }
}
