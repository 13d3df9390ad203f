package org.quire.exports.refi;

/**
 * Vendor-compatibility choices for a QDPX export. The default follows the standard: positions in
 * Unicode code points, text files with {@code \n} line ends.
 *
 * @param utf16Offsets positions in UTF-16 code units, as NVivo counts them (differs from the
 *                     standard only for characters above U+FFFF, such as emoji)
 * @param crlfText     text files with CRLF line ends and positions that still count a line break
 *                     as one character, as QualCoder writes for MAXQDA
 */
public record RefiExportOptions(boolean utf16Offsets, boolean crlfText) {
    public static final RefiExportOptions STANDARD = new RefiExportOptions(false, false);

    /** The named preset: "standard", "nvivo" or "maxqda". */
    public static RefiExportOptions preset(String vendor) {
        return switch (vendor == null ? "standard" : vendor.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "standard", "atlasti", "atlas.ti", "qualcoder" -> STANDARD;
            case "nvivo" -> new RefiExportOptions(true, false);
            case "maxqda" -> new RefiExportOptions(false, true);
            default -> throw new org.quire.model.QuireException("Unknown vendor option '" + vendor
                    + "'; use standard, nvivo or maxqda");
        };
    }
}
