package org.quire.exports;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV injection). OWASP lists cells
 * beginning with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return; such a cell
 * gets a leading apostrophe in CSV, and Excel's "quote prefix" (the same apostrophe, kept out of
 * the value) in xlsx. Participants' words are shown, never run.
 */
public final class SafeText {
    private SafeText() {
    }

    /** Whether a spreadsheet could read this text as a formula. */
    public static boolean isRisky(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** The text with a leading apostrophe when it is risky; unchanged otherwise. */
    public static String forCsv(String text) {
        return isRisky(text) ? "'" + text : text;
    }

    /** The text without control characters XML cannot hold (tab and line ends are kept). */
    public static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
            if (bad && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (b != null && !bad) {
                b.append(c);
            } else if (b != null) {
                b.append(' ');
            }
        }
        return b == null ? text : b.toString();
    }
}
