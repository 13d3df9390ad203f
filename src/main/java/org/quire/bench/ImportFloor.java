package org.quire.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quire.imports.ImportLimits;
import org.quire.imports.ImportedText;
import org.quire.imports.Importers;
import org.quire.index.RawIndexFloor;
import org.quire.model.Words;
import org.quire.service.search.SearchService;

/**
 * The floor under importing: reading the same files as {@link ImportPlainText} (importers, normalising,
 * word starts) and indexing their text with plain Lucene ({@link RawIndexFloor}: the same fields,
 * analyzers, threads and buffer as the index rebuild's floor), timed together. What a folder's import
 * cannot beat however it stores things; the target is import at half this rate or better.
 */
final class ImportFloor implements Operation.Throughput {
    private final Importers importers = Importers.standard();
    private int run;

    @Override
    public String name() {
        return "raw floor: read + plain Lucene indexing, same files";
    }

    @Override
    public String floorOf() {
        return "import plain text into a new project";
    }

    @Override
    public Sample run(BenchContext c) throws Exception {
        List<Path> files = ImportPlainText.corpusFiles(c);
        Path index = c.scratch().resolve("import-floor-" + run++);
        long t0 = System.nanoTime();
        long words = 0;
        List<String> texts = new ArrayList<>(files.size());
        for (Path f : files) {
            ImportedText text = importers.read(f, ImportLimits.DEFAULT);
            words += Words.starts(text.text()).length;
            texts.add(text.text());
        }
        long read = System.nanoTime() - t0;
        long indexing = RawIndexFloor.index(texts, index, "en", SearchService.rebuildThreads());
        BenchContext.deleteTree(index);
        return new Sample(read + indexing, words);
    }
}
