package org.quire.cli;

import java.time.Instant;
import java.util.List;

/**
 * The records the theme, checklist, phases and coverage commands print with {@code --json}: a
 * stable output contract documented in docs/cli.md, kept apart from the service records.
 */
final class ThemeRows {
    private ThemeRows() {
    }

    record ThemeDetail(long id, String name, String status, Long parentId, String parent, List<String> subThemes,
                       String definition, String scopeIn, String scopeOut, String narrative, List<String> nodes,
                       List<Rows.MemoEntryRow> memo, List<EventRow> history) {
    }

    record EventRow(Instant at, String coder, String action, String summary, String from, String to, String reason) {
    }

    record BoxRow(String key, String kind, String label, String status, double x, double y, boolean placed) {
    }

    record LinkRow(String from, String to, String label) {
    }

    record MapRow(List<BoxRow> boxes, List<LinkRow> links) {
    }

    record MeasureRow(String label, long value, Long of) {
    }

    record PhaseRow(int number, String name, String question, boolean started, Instant lastActivity,
                    List<MeasureRow> measures) {
    }

    record AnswerRow(String status, String text, String coder, Instant at) {
    }

    record ChecklistRow(int point, String process, String text, AnswerRow answer, List<String> evidence,
                        List<String> items) {
    }

    record SourceCoverageRow(long id, String source, int length, long codedChars, double percent, int codings,
                             int nodes) {
    }

    record NodeCoverageRow(long id, String path, int sources, int references, long words) {
    }

    record CoverageRow(List<SourceCoverageRow> sources, List<NodeCoverageRow> nodes) {
    }
}
