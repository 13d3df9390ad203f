package org.quire.model;

/** The value type of an attribute; values are validated and stored in a canonical text form. */
public enum AttributeType {
    TEXT, NUMBER, DATE, BOOLEAN, CHOICE
}
