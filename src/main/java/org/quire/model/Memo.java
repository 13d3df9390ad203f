package org.quire.model;

import java.time.Instant;

/** A memo: a title and a list of dated entries (see {@link MemoEntry}) about one target. */
public record Memo(MemoId id, String guid, MemoTarget target, String title, Instant createdAt) {
}
