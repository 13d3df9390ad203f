package org.quire.model;

import java.time.Instant;

/** One dated entry of a memo. Entries are appended and keep their own timestamp and coder. */
public record MemoEntry(MemoEntryId id, String guid, MemoId memoId, Instant at, String coder,
                        String text) {
}
