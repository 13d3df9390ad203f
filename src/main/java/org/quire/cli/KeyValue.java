package org.quire.cli;

/** A {@code key=value} argument; an empty value clears an attribute. */
record KeyValue(String key, String value) {
}
