package org.quire.index;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lucene reports through java.util.logging, once per process, that Java's incubating Vector API is
 * not enabled: a WARNING on every command that touches the index, with advice meant for servers.
 * Quire leaves the API off on purpose (enabling it makes the JVM print its own incubator-module
 * warning on every start, and full-text search over passages gains little from it), so that logger
 * is set to report only errors. Every other Lucene logger keeps the default level.
 */
final class LuceneLogging {
    // Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
    private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        VECTORIZATION.setLevel(Level.SEVERE);
    }

    private LuceneLogging() {
    }

    /** Makes sure the level is set (the first call sets it). */
    static void quiet() {
        // the static initialiser does the work
    }
}
