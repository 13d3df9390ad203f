package org.quire.model;

/** A case linked to a whole source ({@code span} null) or to one passage of it. */
public record CaseLink(CaseId caseId, SourceId sourceId, Span span) {
}
