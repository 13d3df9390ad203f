package org.quire.imports;

/**
 * Bounds that keep a hostile or accidental file from exhausting memory or time.
 *
 * @param maxFileBytes  largest file accepted (default 200 MB)
 * @param maxTextChars  largest extracted text accepted, in characters
 */
public record ImportLimits(long maxFileBytes, int maxTextChars) {
    public static final ImportLimits DEFAULT = new ImportLimits(200L * 1024 * 1024, 200_000_000);
}
