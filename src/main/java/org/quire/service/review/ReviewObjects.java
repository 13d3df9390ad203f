package org.quire.service.review;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quire.model.ChecklistAnswer;
import org.quire.model.ChecklistPoint;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.ReviewAnchor;
import org.quire.model.Source;
import org.quire.model.Theme;
import org.quire.store.ThemeMatrixStore;
import org.quire.store.Tx;

/** Finds what an anchor names in the project as it is now: its name, its words, where it opens. */
final class ReviewObjects {
    /** An object found, or {@code text == null} when it is gone. */
    record Found(String label, String text, ReviewItem.Where where) {
        boolean gone() {
            return text == null;
        }
    }

    private final Tx tx;
    private Map<String, Theme> themes;

    ReviewObjects(Tx tx) {
        this.tx = tx;
    }

    private Optional<Theme> theme(String guid) {
        if (themes == null) {
            themes = new HashMap<>();
            tx.themes().all().forEach(t -> themes.put(t.guid().toLowerCase(Locale.ROOT), t));
        }
        return Optional.ofNullable(themes.get(guid.toLowerCase(Locale.ROOT)));
    }

    Found find(ReviewAnchor a) {
        return switch (a.kind()) {
            case THEME, THEME_DEFINITION, THEME_NARRATIVE -> theme(a.key()).map(t -> {
                String what = (t.parentId() == null ? "Theme '" : "Sub-theme '") + t.name() + "'";
                ReviewItem.Where where = new ReviewItem.Where(t.guid(), null, null, null, null);
                return switch (a.kind()) {
                    case THEME_DEFINITION -> new Found(what + ": definition", t.definition(), where);
                    case THEME_NARRATIVE -> new Found(what + ": narrative", t.narrative(), where);
                    default -> new Found(what, t.name() + "\n" + t.definition() + "\n" + t.scopeIn() + "\n"
                            + t.scopeOut() + "\n" + t.narrative(), where);
                };
            }).orElseGet(() -> gone(a.kind() == ReviewAnchor.Kind.THEME ? "A theme" : "A theme's "
                    + (a.kind() == ReviewAnchor.Kind.THEME_DEFINITION ? "definition" : "narrative")));
            case EXTRACT -> tx.codings().byGuid(a.key()).map(this::extract).orElseGet(() -> gone("An extract"));
            case CODE -> tx.nodes().byGuid(a.key()).map(this::code).orElseGet(() -> gone("A code"));
            case CELL -> cell(a);
            case CHECKLIST -> checklist(Integer.parseInt(a.key()));
        };
    }

    private static Found gone(String what) {
        return new Found(what + " since deleted", null, ReviewItem.Where.NOWHERE);
    }

    private Found extract(Coding c) {
        Source s = tx.sources().get(c.sourceId()).orElse(null);
        if (s == null) {
            return gone("An extract");
        }
        String text = tx.sources().text(c.sourceId()).extract(c.span());
        return new Found("Extract of '" + s.name() + "' at '" + tx.nodes().path(c.nodeId()) + "'", text,
                new ReviewItem.Where(null, tx.nodes().existing(c.nodeId()).guid(), s.id(), c.span(), null));
    }

    private Found code(Node n) {
        // The words a code line shows in every export: its path, description and reference count.
        return new Found("Code '" + tx.nodes().path(n.id()) + "'", tx.nodes().path(n.id()) + "\n"
                + (n.description() == null ? "" : n.description()) + "\nreference references",
                new ReviewItem.Where(null, n.guid(), null, null, null));
    }

    private Found cell(ReviewAnchor a) {
        String[] p = a.cellParts();
        Optional<Theme> t = theme(p[2]);
        if (t.isEmpty()) {
            return gone("A framework cell");
        }
        String row = tx.sources().byGuid(p[0]).map(Source::name).orElse(p[1].isEmpty() ? "a row" : p[1]);
        String summary = tx.themeMatrices().summary(p[0], p[1], p[2]).map(ThemeMatrixStore.CellSummary::summary)
                .orElse("");
        return new Found("Framework cell '" + row + "' × '" + t.get().name() + "'", summary,
                new ReviewItem.Where(t.get().guid(), null, null, null, null));
    }

    private Found checklist(int n) {
        ChecklistPoint point;
        try {
            point = ChecklistPoint.get(n);
        } catch (RuntimeException e) {
            return gone("Checklist point " + n);
        }
        String answer = tx.checklist().get(n).map(ChecklistAnswer::answer).orElse("");
        return new Found("Checklist point " + n + ": " + point.text(), answer == null ? "" : answer,
                new ReviewItem.Where(null, null, null, null, n));
    }

    /**
     * Whether the words a comment was written on still read in the object: every word of them (numbers
     * aside, which counts change) is still among the object's words.
     */
    static boolean stillReads(String quoted, String now) {
        if (quoted == null || quoted.isBlank()) {
            return true;
        }
        java.util.Set<String> have = new java.util.HashSet<>(words(now));
        return have.containsAll(words(quoted));
    }

    private static java.util.List<String> words(String s) {
        return java.util.Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}']+"))
                .filter(w -> !w.isEmpty()).toList();
    }
}
