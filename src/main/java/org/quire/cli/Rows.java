package org.quire.cli;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quire.model.AuditEntry;
import org.quire.model.MemoEntry;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.sources.ImportOutcome;

/**
 * The records {@code --json} prints. They are the CLI's stable output contract, kept apart from
 * the model so the model can change without breaking scripts; docs/cli.md lists every field.
 * Ids are plain numbers, instants ISO-8601 UTC, ranges {@code {"start":..,"end":..}}.
 */
final class Rows {
    private Rows() {
    }

    /** A half-open range of UTF-16 code units of a source's text. */
    record TurnRow(String speaker, SpanRow span, Integer timestampSeconds) {
    }

    record SpanRow(int start, int end) {
        static SpanRow of(Span span) {
            return span == null ? null : new SpanRow(span.start(), span.end());
        }
    }

    record SourceRow(long id, String name, String folder, String path, String fileName, String format, int words,
                     int length, Instant importedAt) {
        static SourceRow of(Source s) {
            return new SourceRow(s.id().value(), s.name(), s.folder(), s.path(), s.fileName(), s.format(),
                    s.wordCount(), s.length(), s.importedAt());
        }
    }

    /** One file of an import; {@code sourceId}/{@code source} are null when it failed. */
    record ImportRow(String file, String status, Long sourceId, String source, String message,
                     List<String> warnings) {
        static ImportRow of(ImportOutcome o) {
            return new ImportRow(o.file().toString(), o.status().name().toLowerCase(Locale.ROOT),
                    o.source() == null ? null : o.source().id().value(),
                    o.source() == null ? null : o.source().path(), o.message(), o.warnings());
        }
    }

    /** A node with its reference counts: own, and aggregated over the node and its descendants. */
    record NodeRow(long id, String path, String name, Long parentId, int depth, String description, String color,
                   int references, int sources, long words, int aggregateReferences, int aggregateSources,
                   long aggregateWords) {
    }

    /** A coded passage; {@code page} is null for unpaged sources, {@code paragraph} is 1-based. */
    record PassageRow(long codingId, long sourceId, String source, long nodeId, String node, SpanRow span,
                      int paragraph, Integer page, String text, String coder, Instant codedAt) {
    }

    record MemoEntryRow(long id, Instant at, String coder, String text) {
        static MemoEntryRow of(MemoEntry e) {
            return new MemoEntryRow(e.id().value(), e.at(), e.coder(), e.text());
        }
    }

    /** An attribute value of a source or case; {@code type} is lower case, e.g. "date". */
    record AttributeRow(String name, String type, String value) {
    }

    /** An attribute definition; {@code scope} is "source" or "case". */
    record AttributeDefinitionRow(long id, String name, String scope, String type, List<String> choices) {
    }

    /** A link of a case to a whole source ({@code span} null) or a passage of it. */
    record CaseLinkRow(long sourceId, String source, SpanRow span) {
    }

    record CaseRow(long id, String name, String description, List<CaseLinkRow> links, Map<String, String> attributes) {
    }

    /** A theme; {@code nodes} are the paths of the nodes that feed it. */
    record ThemeRow(long id, String name, String status, String definition, Long parentId, String parent,
                    List<String> nodes) {
    }

    record AuditRow(long id, Instant at, String coder, String action, String entityType, String summary) {
        static AuditRow of(AuditEntry e) {
            return new AuditRow(e.id(), e.at(), e.coder(), e.action(), e.entityType(), e.summary());
        }
    }
}
