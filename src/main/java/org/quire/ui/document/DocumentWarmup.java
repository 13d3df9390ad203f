package org.quire.ui.document;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.quire.model.CoderId;
import org.quire.model.Coding;
import org.quire.model.CodingId;
import org.quire.model.NodeId;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.ui.common.Highlight;
import org.quire.ui.common.OpenDocument;

/**
 * Builds, once per process and off the window thread, a document view that is never shown, with a
 * short coded text: the first source a researcher opened spent about 450 ms of the window thread
 * loading and starting the text area's classes (its caret, behaviour and key maps, the virtual
 * flow), against 30–100 ms for the next (docs/performance.md, "The first document"). JavaFX lets
 * any thread build nodes that are not in a showing window.
 */
public final class DocumentWarmup {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private DocumentWarmup() {
    }

    /** Starts the warm-up on a low-priority daemon thread, the first time it is asked; returns at once. */
    public static void inBackground() {
        if (STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(DocumentWarmup::run, "quire-document-warmup");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    /** Builds the view and shows the sample in it, on the calling thread. */
    static DocumentView run() {
        String text = "The first interview, a warm-up.\n\nTrust came later, with the money.";
        SourceId id = new SourceId(-1);
        Source source = new Source(id, "", "warm-up", "", "txt", "UTF-8", "", "", Instant.EPOCH, 10, text.length(),
                null, "warm-up.txt");
        SourceText sourceText = new SourceText(id, text, List.of(new Span(0, 31), new Span(33, text.length())), List.of());
        List<Highlight> highlights = List.of(
                highlight(1, id, new Span(4, 19), "#3366aa", "Method"),
                highlight(2, id, new Span(33, 38), "#aa6633", "Trust"),
                highlight(3, id, new Span(35, 50), "#33aa66", "Money"));
        DocumentView view = new DocumentView();
        view.show(new OpenDocument(source, sourceText, highlights));
        return view;
    }

    private static Highlight highlight(long n, SourceId source, Span span, String color, String path) {
        return new Highlight(span, color, path, new Coding(new CodingId(n), "", source, new NodeId(n), span, new CoderId(1),
                Instant.EPOCH), "warm-up");
    }
}
