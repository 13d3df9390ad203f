package org.quire.model;

/** A person who makes changes in a project; every coding, memo entry and audit entry names one. */
public record Coder(CoderId id, String guid, String name) {
}
