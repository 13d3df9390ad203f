package org.quire.service.review;

import java.util.List;
import org.quire.model.ReviewComment;

/**
 * What importing one review file did.
 *
 * @param kind    "page", "word" or "excel"
 * @param added   the comments new to the project
 * @param already how many of the file's comments the project already had (from an earlier import)
 */
public record ReviewImport(String file, String kind, List<ReviewComment> added, int already) {
    public ReviewImport {
        added = List.copyOf(added);
    }
}
