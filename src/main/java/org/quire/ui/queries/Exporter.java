package org.quire.ui.queries;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Asks where to write an export (a file chooser in the window; a fixed path in tests) and tells
 * the user when it is written.
 */
public interface Exporter {
    /** Asks for a file, suggesting {@code suggestedName}; calls {@code then} only when one was chosen. */
    void choose(String suggestedName, Consumer<Path> then);

    /** Reports a finished export. */
    void saved(Path file);
}
