package org.quire.model;

/** A case: who or what some data is about (a participant, an organisation, a site). */
public record CaseRecord(CaseId id, String guid, String name, String description) {
}
