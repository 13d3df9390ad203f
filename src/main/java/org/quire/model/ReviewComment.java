package org.quire.model;

import java.time.Instant;
import java.util.List;

/**
 * A reviewer's comment as the project keeps it.
 *
 * @param label     what the object was called when the comment was made, e.g. "Theme 'Trust': definition"
 * @param quoted    the object's words the comment was written on, as the reviewer saw them
 * @param writtenAt when the reviewer wrote it, when the file says so (else null)
 * @param fileKind  "page", "word" or "excel": which export it came back in
 * @param replies   the researcher's replies, oldest first
 */
public record ReviewComment(long id, String guid, ReviewAnchor anchor, String label, String reviewer,
                            Instant writtenAt, String body, String quoted, String fileKind, String fileName,
                            ReviewStatus status, Instant importedAt, List<Reply> replies) {
    public ReviewComment {
        replies = List.copyOf(replies);
    }

    /** A reply to a comment. */
    public record Reply(String guid, String body, String author, Instant at) {
    }
}
