package org.quire.model;

/** A time written in a transcript ("[00:12:31]"), where it is written, and its value in seconds. */
public record Timestamp(Span span, int seconds) {
}
