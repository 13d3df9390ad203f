package org.quire.service.guide;

/** One thing a check points at: what it is ({@code label}), why it is listed ({@code detail}), and what opens it. */
public record CheckItem(String label, String detail, Target target) {
}
