package org.quire.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.quire.model.QuireException;

/**
 * The floor under Quire's index rebuild, for the benchmark: plain Lucene indexing of the same
 * texts into the same two analysed fields, split at blank lines, with the same number of threads
 * and the same writer buffer — but with no database, no offsets, no source fields and no chunking.
 */
public final class RawIndexFloor {
    private RawIndexFloor() {
    }

    /**
     * Indexes {@code texts} into a fresh index in {@code folder} and commits.
     *
     * @return nanoseconds taken
     */
    public static long index(List<String> texts, Path folder, String language, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        long t0 = System.nanoTime();
        try (FSDirectory dir = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.perField(language))
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64))) {
            List<Future<?>> work = new ArrayList<>(texts.size());
            for (String text : texts) {
                work.add(pool.submit(() -> {
                    List<Document> docs = new ArrayList<>();
                    for (String para : text.split("\n\n")) {
                        Document doc = new Document();
                        doc.add(new Field(IndexSchema.STEMMED, para, IndexSchema.TEXT));
                        doc.add(new BinaryDocValuesField(IndexSchema.PASSAGE, new BytesRef(para)));
                        doc.add(new Field(IndexSchema.EXACT, para, IndexSchema.TEXT));
                        docs.add(doc);
                    }
                    writer.addDocuments(docs);
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            writer.commit();
        } catch (IOException | ExecutionException e) {
            throw new QuireException("Raw Lucene indexing failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuireException("Raw Lucene indexing was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return System.nanoTime() - t0;
    }
}
