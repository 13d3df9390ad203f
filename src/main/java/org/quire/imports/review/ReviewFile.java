package org.quire.imports.review;

import java.time.Instant;
import java.util.List;
import org.quire.model.ReviewAnchor;

/**
 * What a commented export brought back: whose project it was exported from, and each comment with
 * the object it is on.
 *
 * @param kind        "page" (the HTML review page's saved file), "word" or "excel"
 * @param projectGuid the GUID of the project the export was made from
 */
public record ReviewFile(String kind, String projectGuid, String projectTitle, List<Comment> comments) {
    public ReviewFile {
        comments = List.copyOf(comments);
    }

    /**
     * One comment.
     *
     * @param label     what the object was called in the export
     * @param quoted    the words the comment was written on ("" when the file does not say)
     * @param writtenAt when it was written, or null when the file does not say
     */
    public record Comment(ReviewAnchor anchor, String label, String reviewer, Instant writtenAt, String text,
                          String quoted) {
    }
}
