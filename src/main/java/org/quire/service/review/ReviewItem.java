package org.quire.service.review;

import org.quire.model.ReviewComment;
import org.quire.model.SourceId;
import org.quire.model.Span;

/**
 * A review comment with how its object stands now.
 *
 * @param object      what the object is called now (or was, when it is gone)
 * @param state       whether the object still reads as the reviewer saw it
 * @param currentText the object's words now ("" when it is gone)
 * @param where       where the workbench can open the object
 */
public record ReviewItem(ReviewComment comment, String object, ObjectState state, String currentText, Where where) {

    /** Whether the commented object is as the reviewer saw it. */
    public enum ObjectState {
        /** The words the comment was written on are still there. */
        CURRENT,
        /** The object is there but its words have changed since. */
        CHANGED,
        /** The object has been deleted since. */
        GONE;

        public String label() {
            return switch (this) {
                case CURRENT -> "";
                case CHANGED -> "changed since";
                case GONE -> "gone";
            };
        }
    }

    /**
     * The object to open: a theme (and sub-theme), a node of the code book, a passage of a source,
     * a checklist point. Fields that do not apply are null.
     */
    public record Where(String themeGuid, String nodeGuid, SourceId source, Span span, Integer checklistPoint) {
        public static final Where NOWHERE = new Where(null, null, null, null, null);
    }
}
