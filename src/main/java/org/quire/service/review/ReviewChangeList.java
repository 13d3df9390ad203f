package org.quire.service.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quire.model.ReviewPoint;

/**
 * What changed since a review point, read from the audit entries after it: each theme's changes,
 * codes merged or moved, checklist answers changed. {@link #groups()} lays it out for reading,
 * grouped by theme.
 *
 * @param since the review point the changes are counted from
 */
public record ReviewChangeList(ReviewPoint since, List<ThemeChanges> themes, List<CodeChange> codes,
                               List<ChecklistChange> checklist) {
    public ReviewChangeList {
        themes = List.copyOf(themes);
        codes = List.copyOf(codes);
        checklist = List.copyOf(checklist);
    }

    /** Whether nothing listed has changed since the point. */
    public boolean isEmpty() {
        return themes.isEmpty() && codes.isEmpty() && checklist.isEmpty();
    }

    /** A theme now, or as it was when it was deleted. */
    public enum State {
        /** There at the review and still there. */
        KEPT,
        /** Made since the review. */
        ADDED,
        /** There at the review, deleted since. */
        DELETED
    }

    /**
     * One theme's changes.
     *
     * @param name           its name now, or as recorded when it was deleted
     * @param renamedFrom    its name at the review when it has been renamed since, else null
     * @param definition     the word-level difference of its definition, empty when unchanged
     * @param narrative      the same for its narrative
     * @param events         other changes in order: codes added to or removed from it, moved under
     *                       another theme
     * @param extractsBefore how many extracts of its own it had at the review
     */
    public record ThemeChanges(String themeGuid, String name, State state, String renamedFrom,
                               List<StatusChange> statuses, List<WordDiff.Part> definition,
                               List<WordDiff.Part> narrative, List<Event> events, List<Extract> extractsAdded,
                               List<Extract> extractsRemoved, int extractsBefore) {
        public ThemeChanges {
            statuses = List.copyOf(statuses);
            definition = List.copyOf(definition);
            narrative = List.copyOf(narrative);
            events = List.copyOf(events);
            extractsAdded = List.copyOf(extractsAdded);
            extractsRemoved = List.copyOf(extractsRemoved);
        }

        /** Whether it was discarded since the review (and is still discarded). */
        public boolean discarded() {
            return !statuses.isEmpty() && statuses.get(statuses.size() - 1).to().equals("discarded");
        }
    }

    /** A status change with the reason given. */
    public record StatusChange(Instant at, String coder, String from, String to, String reason) {
    }

    /** Something that happened, in the words the audit trail recorded it. */
    public record Event(Instant at, String coder, String text, ReviewItem.Where where) {
    }

    /** An extract added to or removed from a theme: its words and source, and where it opens (if it still exists). */
    public record Extract(String codingGuid, String label, ReviewItem.Where where) {
    }

    /**
     * A code merged, unmerged or moved.
     *
     * @param kind "merged", "unmerged" or "moved"
     * @param text the audit trail's sentence, with the paths as they were then
     */
    public record CodeChange(Instant at, String coder, String kind, String text, ReviewItem.Where where) {
    }

    /**
     * A checklist answer changed.
     *
     * @param statusBefore "not answered" when it had no answer at the review
     * @param answer       the word-level difference of the answer's text, empty when the text is unchanged
     */
    public record ChecklistChange(int point, String process, String statusBefore, String statusAfter,
                                 List<WordDiff.Part> answer) {
        public ChecklistChange {
            answer = List.copyOf(answer);
        }
    }

    /** A heading with its lines, for reading: one per theme, then the codes, then the checklist. */
    public record Group(String heading, ReviewItem.Where where, List<Line> lines) {
        public Group {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One line to read.
     *
     * @param text what changed, in a sentence
     * @param diff the word-level difference shown under it, empty when there is none
     */
    public record Line(String text, List<WordDiff.Part> diff, ReviewItem.Where where) {
        public Line {
            diff = List.copyOf(diff);
        }
    }

    /** The changes laid out for reading: every theme with changes, the codes, the checklist. */
    public List<Group> groups() {
        List<Group> out = new ArrayList<>();
        for (ThemeChanges t : themes) {
            ReviewItem.Where theme = t.state() == State.DELETED ? ReviewItem.Where.NOWHERE
                    : new ReviewItem.Where(t.themeGuid(), null, null, null, null);
            List<Line> lines = new ArrayList<>();
            switch (t.state()) {
                case ADDED -> lines.add(new Line("Added as a new theme", List.of(), theme));
                case DELETED -> lines.add(new Line("Deleted (it had " + count(t.extractsBefore(), "extract")
                        + " at the review)", List.of(), theme));
                default -> {
                    if (t.renamedFrom() != null) {
                        lines.add(new Line("Renamed from '" + t.renamedFrom() + "' to '" + t.name() + "'", List.of(),
                                theme));
                    }
                }
            }
            for (StatusChange s : t.statuses()) {
                String why = s.reason() == null || s.reason().isBlank() ? "" : ": " + s.reason();
                lines.add(new Line((s.to().equals("discarded") ? "Discarded (was " + s.from() + ")"
                        : "Status " + s.from() + " → " + s.to()) + why, List.of(), theme));
            }
            if (!t.definition().isEmpty()) {
                lines.add(new Line(t.state() == State.ADDED ? "Definition" : "Definition edited", t.definition(),
                        theme));
            }
            if (!t.narrative().isEmpty()) {
                lines.add(new Line(t.state() == State.ADDED ? "Narrative" : "Narrative edited", t.narrative(), theme));
            }
            t.events().forEach(e -> lines.add(new Line(e.text(), List.of(), e.where())));
            t.extractsAdded().forEach(e -> lines.add(new Line("Extract added: " + e.label(), List.of(), e.where())));
            t.extractsRemoved().forEach(e -> lines.add(new Line("Extract removed: " + e.label(), List.of(),
                    e.where())));
            String heading = "Theme '" + t.name() + "'" + switch (t.state()) {
                case ADDED -> " (new)";
                case DELETED -> " (deleted)";
                default -> t.discarded() ? " (discarded)" : "";
            };
            out.add(new Group(heading, theme, lines));
        }
        if (!codes.isEmpty()) {
            out.add(new Group("Codes merged or moved", ReviewItem.Where.NOWHERE, codes.stream()
                    .map(c -> new Line(c.text(), List.of(), c.where())).toList()));
        }
        if (!checklist.isEmpty()) {
            out.add(new Group("Checklist answers", ReviewItem.Where.NOWHERE, checklist.stream().map(c -> new Line(
                    "Point " + c.point() + " (" + c.process() + "): " + (c.statusBefore().equals(c.statusAfter())
                            ? c.statusAfter() + ", answer edited" : c.statusBefore() + " → " + c.statusAfter()),
                    c.answer(), new ReviewItem.Where(null, null, null, null, c.point()))).toList()));
        }
        return out;
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
