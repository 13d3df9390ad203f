package org.quire.service.search;

/**
 * The state of a project's search index.
 *
 * @param found      what was on disk when the project opened: CURRENT, MISSING, STALE or CORRUPT
 * @param sources    sources in the index now
 * @param generation the project generation the index reflects
 * @param stemmer    the stemmer used for the project's language, e.g. "English", or "none"
 */
public record IndexStatus(String found, int sources, long generation, String stemmer) {
}
