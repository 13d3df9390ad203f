package org.quire.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Small helpers for the plain-text output. */
final class Text {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Text() {
    }

    /** Date and time to the minute in the local time zone, as a person reads it. */
    static String minute(Instant at) {
        return MINUTE.format(at.atZone(ZoneId.systemDefault()));
    }

    static String second(Instant at) {
        return SECOND.format(at.atZone(ZoneId.systemDefault()));
    }

    /** Every line of {@code text} behind {@code prefix}. */
    static String indent(String text, String prefix) {
        return text.lines().map(l -> prefix + l).reduce((a, b) -> a + "\n" + b).orElse(prefix);
    }

    /** Pads to {@code width} characters as a reader counts them (code points), never truncating. */
    static String pad(String s, int width) {
        int len = s.codePointCount(0, s.length());
        return len >= width ? s : s + " ".repeat(width - len);
    }

    static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
