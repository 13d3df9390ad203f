package org.quire.service.search;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.quire.index.IndexSchema;
import org.quire.index.TextIndex;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.store.Database;
import org.quire.store.Tx;

/**
 * Keeps the Lucene index in step with the database, which is the truth. Each change to the set of
 * sources bumps a generation in {@code project_setting} inside the same transaction; each index
 * commit records the generation it reflects. A crash between the two commits leaves them different,
 * and the next use re-syncs the differing sources. The index is opened on first use, so commands
 * that never search do not pay for it.
 */
public final class SearchIndex implements AutoCloseable {
    static final String GENERATION = "index.generation";

    /** Sources read from the database per transaction while rebuilding. */
    private static final int READ_BATCH = 32;
    /** Batches read ahead per worker thread while rebuilding. */
    private static final int IN_FLIGHT_BATCHES = 4;
    private static final int MAX_THREADS = 4;

    private final Database db;
    private TextIndex index;
    private TextIndex.State found;
    /** Whether the index holds a complete picture of some generation (false until rebuilt when not). */
    private boolean complete;
    private Set<Long> knownIds;

    /**
     * Sources an import handed over and not yet in a commit: analysed on worker threads while the
     * import reads and stores the next files (on two cores the two overlap instead of following each
     * other), committed once when the index is next used or closed ({@link #settle()}).
     */
    private final Deque<Future<?>> following = new ArrayDeque<>();
    private final List<SourceId> followed = new java.util.ArrayList<>();
    /** The generation the pending adds bring the index to, or -1 when they do not follow on from it. */
    private long followedGeneration;
    private ExecutorService followers;
    /** Sources analysed at most ahead of the import, to bound the texts kept in memory. */
    private static final int MAX_FOLLOWING = 400;

    public SearchIndex(Database db) {
        this.db = db;
    }

    /** Bumps the project's source generation; call inside the transaction that adds or removes a source. */
    public static long bumpGeneration(Tx tx) {
        long next = generation(tx) + 1;
        tx.settings().put(GENERATION, String.valueOf(next));
        return next;
    }

    private static long generation(Tx tx) {
        return tx.settings().get(GENERATION).map(Long::parseLong).orElse(0L);
    }

    private TextIndex opened() {
        if (index == null) {
            String language = db.read(tx -> tx.settings().get("language").orElse("en"));
            index = TextIndex.open(db.layout().index(), language);
            found = index.openedState();
            complete = found == TextIndex.State.CURRENT;
        }
        return index;
    }

    /**
     * The index, rebuilt or re-synced first when it does not reflect the database.
     *
     * @throws QuireException when a needed rebuild is cancelled
     */
    synchronized TextIndex current(IndexProgress progress, BooleanSupplier cancelled) {
        settle();
        TextIndex idx = opened();
        if (!complete) {
            if (!rebuild(progress, cancelled)) {
                throw new QuireException("The search index was not rebuilt (cancelled); search again to rebuild it");
            }
            return idx;
        }
        sync();
        return idx;
    }

    /**
     * Rebuilds the whole index from the database.
     *
     * @return false when cancelled; the index is then left marked incomplete and rebuilt on next use
     */
    synchronized boolean rebuild(IndexProgress progress, BooleanSupplier cancelled) {
        settle();
        TextIndex idx = opened();
        long generation = db.read(SearchIndex::generation);
        List<Source> sources = db.read(tx -> tx.sources().all());
        idx.deleteAll();
        complete = false;
        knownIds = null;
        // Why threads: analysing the text is nearly all of the cost and Lucene's writer takes
        // documents from several threads at once; this thread reads the next texts meanwhile.
        int threads = rebuildThreads();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "quire-index");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<?>> inFlight = new ArrayDeque<>();
            int done = 0;
            for (int from = 0; from < sources.size(); from += READ_BATCH) {
                if (cancelled.getAsBoolean()) {
                    inFlight.forEach(f -> f.cancel(false));
                    workers.shutdown();
                    awaitQuietly(workers);
                    idx.deleteAll();
                    idx.commit(-1);
                    return false;
                }
                List<Source> part = sources.subList(from, Math.min(sources.size(), from + READ_BATCH));
                // One read of the batch's texts and paragraphs: a source deleted meanwhile is missing.
                Map<SourceId, SourceText> texts = db.read(tx -> tx.sources()
                        .textsWithLayout(part.stream().map(Source::id).toList()));
                for (Source s : part) {
                    SourceText text = texts.get(s.id());
                    if (text != null) {
                        inFlight.add(workers.submit(() -> idx.add(text.sourceId().value(), text.text(), text.paragraphs())));
                    } else {
                        inFlight.add(CompletableFuture.completedFuture(null));
                    }
                }
                // Keep a bounded amount of text in memory: wait for the oldest batches to be indexed.
                // Several batches per worker: on a busy machine this thread may wait its turn for a
                // core, and the workers should not run dry meanwhile.
                while (inFlight.size() > IN_FLIGHT_BATCHES * threads * READ_BATCH) {
                    join(inFlight.poll());
                    progress.sourcesDone(++done, sources.size());
                }
            }
            while (!inFlight.isEmpty()) {
                join(inFlight.poll());
                progress.sourcesDone(++done, sources.size());
            }
            flushOn(workers, threads, idx);
        } finally {
            workers.shutdownNow();
        }
        idx.commit(generation);
        complete = true;
        knownIds = ids(sources);
        return true;
    }

    /**
     * Writes the buffers still in memory on every worker at once: left to the commit, one thread
     * wrote them all (a third of a rebuild's time at size M, and of an import's indexing).
     */
    private static void flushOn(ExecutorService workers, int threads, TextIndex idx) {
        List<Future<?>> flushes = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            flushes.add(workers.submit(() -> {
                while (idx.flushNextBuffer()) {
                    // the next one
                }
            }));
        }
        flushes.forEach(SearchIndex::join);
    }

    /** How many threads a rebuild analyses text with: the cores, up to four. */
    static int rebuildThreads() {
        return Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuireException("Rebuilding the search index was interrupted", e);
        }
    }

    private static void awaitQuietly(ExecutorService workers) {
        try {
            workers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Brings the index to the database's set of sources, touching only the sources that differ. */
    private void sync() {
        long generation = db.read(SearchIndex::generation);
        // Every writer bumps the generation, so once this process has compared the index's sources
        // with the database's, an unchanged generation means nothing to do — without reading every
        // source row, which was most of a search's time on a large project.
        if (knownIds != null && generation == index.generation()) {
            return;
        }
        List<Source> sources = db.read(tx -> tx.sources().all());
        Set<Long> inDb = ids(sources);
        // The first time, ids are compared too: a source added by a version that did not bump the
        // generation is caught here.
        if (generation == index.generation() && inDb.equals(knownIds)) {
            return;
        }
        Set<Long> inIndex = index.sourceIds();
        boolean changed = false;
        for (Long id : inIndex) {
            if (!inDb.contains(id)) {
                index.delete(id);
                changed = true;
            }
        }
        for (Long id : inDb) {
            if (!inIndex.contains(id)) {
                addToIndex(index, new SourceId(id));
                changed = true;
            }
        }
        if (changed || generation != index.generation()) {
            index.commit(generation);
        }
        knownIds = inDb;
    }

    private void addToIndex(TextIndex idx, SourceId id) {
        SourceText text = db.read(tx -> tx.sources().get(id).isPresent() ? tx.sources().text(id) : null);
        if (text != null) {
            idx.add(id.value(), text.text(), text.paragraphs());
        }
    }

    private static Set<Long> ids(List<Source> sources) {
        Set<Long> ids = new HashSet<>(sources.size() * 2);
        sources.forEach(s -> ids.add(s.id().value()));
        return ids;
    }

    /** A source just stored, with the text it was stored with (so the index need not read it back). */
    public record Added(SourceId id, String text, List<Span> paragraphs) {
    }

    /**
     * Before an import: a missing index of a project that has no sources yet is simply empty, so it
     * is made current now and follows the import file by file, instead of being rebuilt in one go
     * (reading every text back) at the first search. Never throws.
     */
    public synchronized void beforeImport() {
        try {
            opened();
            if (!complete && following.isEmpty() && db.read(tx -> tx.sources().idsInReadingOrder()).length == 0) {
                rebuild(IndexProgress.NONE, () -> false);
            }
        } catch (RuntimeException e) {
            complete = false;
        }
    }

    /**
     * Follows an import of one or more sources committed at {@code generation}; never throws. The
     * texts are analysed on worker threads while the caller goes on; the index commits them when it
     * is next used or closed.
     */
    public synchronized void added(List<Added> sources, long generation) {
        try {
            TextIndex idx = opened();
            if (!complete) {
                return; // rebuilt in full on next use
            }
            if (following.isEmpty() && followed.isEmpty()) {
                followedGeneration = idx.generation();
            }
            // Only claim the new generation when the index was at the one before it.
            followedGeneration = followedGeneration >= 0 && followedGeneration == generation - 1 ? generation : -1;
            if (followers == null) {
                followers = Executors.newFixedThreadPool(rebuildThreads(), r -> {
                    Thread t = new Thread(r, "quire-index-follow");
                    t.setDaemon(true);
                    return t;
                });
            }
            for (Added a : sources) {
                following.add(followers.submit(() -> idx.add(a.id().value(), a.text(), a.paragraphs())));
                followed.add(a.id());
            }
            while (following.size() > MAX_FOLLOWING) {
                join(following.poll());
            }
        } catch (RuntimeException e) {
            // The index is derived: whatever state a failure left it in, rebuild it on next use.
            complete = false;
        }
    }

    /**
     * Waits for the sources handed over by {@link #added} and commits them: before any other use
     * of the index, and on close. Never throws; a failure leaves the index to be rebuilt.
     */
    public synchronized void settle() {
        if (following.isEmpty() && followed.isEmpty()) {
            return;
        }
        try {
            while (!following.isEmpty()) {
                join(following.poll());
            }
            if (complete) {
                flushOn(followers, rebuildThreads(), index);
                index.commit(followedGeneration);
                if (knownIds != null) {
                    followed.forEach(id -> knownIds.add(id.value()));
                }
            }
        } catch (RuntimeException e) {
            complete = false;
        } finally {
            following.forEach(f -> f.cancel(false));
            following.clear();
            followed.clear();
        }
    }

    /** Follows a deletion committed at {@code generation}; never throws. */
    public synchronized void deleted(SourceId id, long generation) {
        settle();
        follow(idx -> idx.delete(id.value()), List.of(id), false, generation);
    }

    private void follow(java.util.function.Consumer<TextIndex> change, List<SourceId> ids, boolean add,
                        long generation) {
        try {
            TextIndex idx = opened();
            if (!complete) {
                return; // rebuilt in full on next use
            }
            change.accept(idx);
            // Only claim the new generation when the index was at the one before it.
            idx.commit(idx.generation() == generation - 1 ? generation : -1);
            if (knownIds != null) {
                for (SourceId id : ids) {
                    if (add) {
                        knownIds.add(id.value());
                    } else {
                        knownIds.remove(id.value());
                    }
                }
            }
        } catch (RuntimeException e) {
            // The index is derived: whatever state a failure left it in, rebuild it on next use.
            complete = false;
        }
    }

    synchronized IndexStatus status() {
        settle();
        TextIndex idx = opened();
        TextIndex.State was = found;
        return new IndexStatus(was.name(), complete ? idx.sourceIds().size() : 0, idx.generation(),
                IndexSchema.stemmerName(idx.language()));
    }

    @Override
    public synchronized void close() {
        settle();
        if (followers != null) {
            followers.shutdownNow();
            followers = null;
        }
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
