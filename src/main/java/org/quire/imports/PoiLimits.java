package org.quire.imports;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's zip-bomb guard for every OOXML file Quire reads (Word, Excel): no entry may inflate more
 * than 100-fold, or past 256 MB, and no file has more than 10,000 parts. The limits are
 * process-wide in POI, so they are set in this one place.
 */
final class PoiLimits {
    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(ContainerProbe.MAX_ZIP_ENTRIES);
    }

    private PoiLimits() {
    }

    /** Makes sure the limits are in force (the first call sets them). */
    static void ensure() {
        // the static initialiser does the work
    }
}
