package org.quire.ui.themes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.quire.service.themes.ThemeEvent;
import org.quire.service.themes.ThemeService;

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

    /** The delete confirmation: what goes with the theme and what stays. */
    static String deletion(String theme, ThemeService.DeletionImpact i) {
        StringBuilder b = new StringBuilder("Delete the theme '").append(theme).append("'?");
        if (i.subThemes() > 0) {
            b.append(" Its ").append(count(i.subThemes(), "sub-theme")).append(" move up a level.");
        }
        b.append(" Going with it: its place on the board and the map");
        if (i.memoEntries() > 0) {
            b.append(", its memo with ").append(count(i.memoEntries(), "entry", "entries"));
        }
        if (i.mapLinks() > 0) {
            b.append(", ").append(count(i.mapLinks(), "link")).append(" on the thematic map");
        }
        b.append(". ");
        if (i.nodes() > 0) {
            b.append("The ").append(count(i.nodes(), "node")).append(" feeding it stay in the code book. ");
        }
        return b.append("You can undo this (Ctrl+Z).").toString();
    }

    static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
