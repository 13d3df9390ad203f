package org.quire.exports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.quire.model.ThemeMatrix;

/**
 * What the Word report and the review page say about the themes.
 *
 * @param project     the project's title
 * @param projectGuid the project's GUID, which a commented export carries back so that it is
 *                    imported into no other project
 * @param at          when it was exported
 * @param themes     top-level themes, each with its sub-themes
 * @param checklist  the fifteen-point checklist with the researcher's answers and Quire's evidence
 * @param threads    earlier review comments by anchor ({@code kind:key}, see
 *                   {@link org.quire.model.ReviewAnchor}), each with its replies and status
 * @param changes    what changed since the last review, shown first; null when there was no review before
 */
public record Report(String project, String projectGuid, Instant at, List<Theme> themes,
                     List<ChecklistLine> checklist, Map<String, List<Thread>> threads, Changes changes) {
    public Report {
        themes = List.copyOf(themes);
        checklist = List.copyOf(checklist);
        threads = Map.copyOf(threads);
    }

    public Report(String project, String projectGuid, Instant at, List<Theme> themes, List<ChecklistLine> checklist,
                  Map<String, List<Thread>> threads) {
        this(project, projectGuid, at, themes, checklist, threads, null);
    }

    /**
     * What changed since the last review export, grouped by theme.
     *
     * @param since  when that export was made
     * @param what   which export it was, e.g. "Word report 'Study.docx'"
     * @param groups a heading per theme (then codes, then the checklist) with its lines; none when
     *               nothing changed
     */
    public record Changes(Instant since, String what, List<ChangeGroup> groups) {
        public Changes {
            groups = List.copyOf(groups);
        }
    }

    /** One theme's changes (or the codes', or the checklist's). */
    public record ChangeGroup(String heading, List<ChangeLine> lines) {
        public ChangeGroup {
            lines = List.copyOf(lines);
        }
    }

    /** One change in a sentence, with the word-level difference under it when text was edited. */
    public record ChangeLine(String text, List<DiffPart> diff) {
        public ChangeLine {
            diff = List.copyOf(diff);
        }
    }

    /**
     * A run of words of a difference.
     *
     * @param change 0 kept, -1 deleted, +1 inserted
     */
    public record DiffPart(int change, String text) {
    }

    /** The earlier comments on one object, oldest first (none when it has none). */
    public List<Thread> threadsOf(String anchor) {
        return threads.getOrDefault(anchor, List.of());
    }

    /**
     * A reviewer's earlier comment with the researcher's replies.
     *
     * @param status  open, answered or resolved
     * @param changed "" or what happened to the object since ("changed since", "gone")
     */
    public record Thread(String reviewer, Instant writtenAt, String text, String status, String changed,
                         List<Reply> replies) {
        public Thread {
            replies = List.copyOf(replies);
        }
    }

    /** A reply to a comment. */
    public record Reply(String author, Instant at, String text) {
    }

    /**
     * One point of the checklist.
     *
     * @param status     the researcher's verdict (e.g. "done"), or null when the point is not answered
     * @param answeredBy who answered, null when not answered
     * @param evidence   what the project shows for the point, one line each
     */
    public record ChecklistLine(int number, String process, String text, String status, String answer,
                                String answeredBy, Instant answeredAt, List<String> evidence) {
        public ChecklistLine {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * One theme.
     *
     * @param status       candidate, reviewed, defined, final or discarded
     * @param statusReason why the theme has its status: the reason given for its last status change
     *                     ("" for a candidate never moved)
     * @param scopeIn      what the theme takes in ("" when not written)
     * @param scopeOut     what it leaves out, and where that goes instead ("" when not written)
     * @param narrative    in the Markdown subset of {@link org.quire.model.Narrative}
     * @param extracts     how many extracts its matrix has (with its sub-themes')
     * @param quotes       the extracts the analyst chose as quotations, in matrix order
     */
    public record Theme(String guid, String name, String status, String statusReason, String definition,
                        String scopeIn, String scopeOut, String narrative, List<Theme> subThemes,
                        List<NodeLine> nodes, int extracts, List<ThemeMatrix.Row> quotes) {
        public Theme {
            statusReason = statusReason == null ? "" : statusReason;
            scopeIn = scopeIn == null ? "" : scopeIn;
            scopeOut = scopeOut == null ? "" : scopeOut;
            subThemes = List.copyOf(subThemes);
            nodes = List.copyOf(nodes);
            quotes = List.copyOf(quotes);
        }

        public boolean discarded() {
            return "discarded".equals(status);
        }

        /** Whether this theme or any theme under it has a chosen quotation. */
        public boolean hasQuotes() {
            return !quotes.isEmpty() || subThemes.stream().anyMatch(Theme::hasQuotes);
        }
    }

    /** A node that feeds a theme, with its GUID, description and own reference count. */
    public record NodeLine(String guid, String path, String description, int references) {
    }
}
