package org.quire.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.quire.analysis.SyntheticText;
import org.quire.model.Words;
import org.quire.service.Project;
import org.quire.service.search.IndexProgress;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportOutcome;
import org.quire.service.sources.ImportProgress;

/**
 * Importing a folder of plain-text notes into a new, empty project through the real import path
 * ({@link org.quire.service.sources.SourceService#importPaths}): detection, decoding, normalisation, the
 * kept original, checksum, one transaction and audit entry per file — and then the index until the
 * words can be searched, as the floor under it ({@link ImportFloor}) indexes them.
 */
final class ImportPlainText implements Operation.Throughput {
    private int run;

    @Override
    public String name() {
        return "import plain text into a new project, searchable (SourceService.importPaths + index)";
    }

    @Override
    public Target target() {
        return Target.rateAtLeast(250_000);
    }

    @Override
    public void setUp(BenchContext c) throws Exception {
        corpus(c);
    }

    /** Writes (once) text files of 300 to 2,500 words adding up to the context's import size. */
    /** The corpus's files in name order: what the raw floors read. */
    static List<Path> corpusFiles(BenchContext c) throws Exception {
        try (java.util.stream.Stream<Path> s = Files.list(corpus(c))) {
            return s.sorted().toList();
        }
    }

    static Path corpus(BenchContext c) throws Exception {
        Path folder = c.scratch().resolve("import-corpus");
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Files.createDirectories(folder);
        SyntheticText prose = new SyntheticText(99, 20_000);
        long words = 0;
        for (int i = 0; words < c.importWords(); i++) {
            String text = String.join("\n\n", prose.paragraphs(300 + prose.random().nextInt(2_200)));
            words += Words.starts(text).length;
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "note-%04d.txt", i)), text);
        }
        return folder;
    }

    @Override
    public Sample run(BenchContext c) throws Exception {
        Path folder = corpus(c);
        Path target = c.scratch().resolve("import-" + run++ + ".quire");
        List<ImportOutcome> outcomes;
        long nanos;
        // Creating the project is its own row (CreateProject): a researcher imports into a project
        // far more often than into one just made, and the floor creates nothing either.
        try (Project project = Project.create(target, "Import benchmark", c.coder())) {
            long t0 = System.nanoTime();
            outcomes = project.sources().importPaths(List.of(folder), ImportOptions.defaults(), ImportProgress.NONE,
                    () -> false);
            // Until the words can be searched: the index commits what the import handed it when it is
            // next used (SearchIndex), so that is timed too, as the floor commits its index. Closing
            // the project afterwards (and tidying its file) is not: the words are searchable before.
            project.search().prepareIndex(IndexProgress.NONE, () -> false);
            nanos = System.nanoTime() - t0;
        }
        long words = 0;
        for (ImportOutcome o : outcomes) {
            if (o.status() != ImportOutcome.Status.IMPORTED) {
                throw new IllegalStateException("import failed: " + o.file() + ": " + o.message());
            }
            words += o.source().wordCount();
        }
        BenchContext.deleteTree(target);
        return new Sample(nanos, words);
    }
}
