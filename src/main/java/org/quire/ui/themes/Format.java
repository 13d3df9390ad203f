package org.quire.ui.themes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.quire.service.ThemeEvent;

/** Dates and timeline lines as the theme screens show them. */
final class Format {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Format() {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    static String day(Instant at) {
        return at == null ? "—" : DAY.format(at.atZone(ZoneId.systemDefault()));
    }

    static String minute(Instant at) {
        return at == null ? "—" : MINUTE.format(at.atZone(ZoneId.systemDefault()));
    }

    /** "created as candidate", "candidate → reviewed: reason", or the event's summary. */
    static String event(ThemeEvent e) {
        if (e.action().equals("theme.create")) {
            return "created as candidate";
        }
        if (e.to() != null) {
            return (e.from() == null ? "?" : e.from().label()) + " → " + e.to().label()
                    + (e.reason() == null || e.reason().isEmpty() ? "" : ": " + e.reason());
        }
        return e.summary();
    }
}
