package org.quire.service.sources;

/** Receives progress of a batch import; the workbench and the CLI both draw from it. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total, outcome) -> { };

    /**
     * Called after each file, on the importing thread.
     *
     * @param done  files finished so far, this one included
     * @param total files in the batch
     */
    void fileDone(int done, int total, ImportOutcome outcome);
}
