package org.quire.service.search;

/** Receives progress of an index rebuild; the workbench draws a bar from it, the CLI a line. */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (done, total) -> { };

    /**
     * Called after each source, on the rebuilding thread.
     *
     * @param done  sources indexed so far
     * @param total sources to index
     */
    void sourcesDone(int done, int total);
}
