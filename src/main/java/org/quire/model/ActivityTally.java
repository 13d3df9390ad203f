package org.quire.model;

import java.time.Instant;

/** How many times one kind of analysis work was recorded, and when first and last (null when never). */
public record ActivityTally(long count, Instant first, Instant last) {
    public static final ActivityTally NONE = new ActivityTally(0, null, null);
}
