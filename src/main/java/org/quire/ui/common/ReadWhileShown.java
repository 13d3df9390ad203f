package org.quire.ui.common;

/**
 * A list that reads itself again after every edit only while it is on screen: a collapsed pane is
 * read when it is next expanded. At ten times a thesis, reading every list after every coding kept
 * the background busy for a tenth of a second each time, delaying the document's repaint.
 */
public final class ReadWhileShown {
    private final Runnable read;
    private boolean shown = true;
    private boolean stale = true;

    /** Reads with {@code read} after each of the workbench's edits while shown. */
    public ReadWhileShown(Workbench workbench, Runnable read) {
        this.read = read;
        workbench.revisionProperty().addListener((o, a, b) -> {
            if (shown) {
                read.run();
            } else {
                stale = true;
            }
        });
    }

    /**
     * Whether the list is on screen; when it comes into view after edits made while it was not (or
     * before it was ever read), it is read. Shown until told otherwise.
     */
    public void setShown(boolean shown) {
        this.shown = shown;
        if (shown && stale) {
            read.run();
        }
    }

    /** Called by the read itself: what is shown is current. */
    public void read() {
        stale = false;
    }
}
