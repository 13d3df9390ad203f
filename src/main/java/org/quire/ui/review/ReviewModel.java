package org.quire.ui.review;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.ReviewStatus;
import org.quire.model.Source;
import org.quire.model.Theme;
import org.quire.service.review.ReviewImport;
import org.quire.service.review.ReviewItem;
import org.quire.ui.common.Workbench;

/**
 * The Review pane's state, without controls: the supervisor's comments (all, or open, answered or
 * resolved), importing a commented file, replying, resolving, and opening a comment's object. All
 * project work runs on the workbench's task runner.
 */
public final class ReviewModel {
    /** Where the window can show a comment's object, beyond a source passage (the shell knows how). */
    public interface Opener {
        /** Shows the theme (its matrix). */
        void openTheme(Theme theme);

        /** Selects the node in the code book. */
        void selectNode(String nodeGuid);
    }

    private final Workbench wb;
    private final Opener opener;
    private final ObservableList<ReviewItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewStatus> filter = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    // The comment a marker asked to show: the pane selects it once it is listed.
    private final ObjectProperty<Long> shown = new SimpleObjectProperty<>();

    public ReviewModel(Workbench wb, Opener opener) {
        this.wb = wb;
        this.opener = opener;
        filter.addListener((o, a, b) -> reload());
    }

    /** The comments the filter lets through, oldest first. */
    public ObservableList<ReviewItem> items() {
        return items;
    }

    /** null for every comment, else only comments with this status. */
    public ObjectProperty<ReviewStatus> filterProperty() {
        return filter;
    }

    /** What the last import, reply or resolution did. */
    public StringProperty messageProperty() {
        return message;
    }

    public void reload() {
        ReviewStatus status = filter.get();
        wb.tasks().run("Reading review comments", () -> wb.project().reviews().list(status),
                items::setAll, wb::report);
    }

    /**
     * The comment to select in the list (its number), set by {@link #show}; the pane selects it
     * whenever the list holds it.
     */
    public ObjectProperty<Long> shownProperty() {
        return shown;
    }

    /**
     * Shows one comment (a marker's): lists every comment if the filter would hide it, and selects it.
     */
    public void show(long commentId) {
        shown.set(null);
        shown.set(commentId);
        if (filter.get() != null) {
            // Setting the filter reads the list again.
            filter.set(null);
        } else {
            reload();
        }
    }

    // After an import, a reply or a resolution: the list, and the markers in the other panes.
    private void changed() {
        reload();
        wb.reviewMarks().reload();
    }

    /** Imports a commented export in the background, then lists the comments again. */
    public void importFile(Path file) {
        message.set("Importing " + file.getFileName() + "…");
        wb.tasks().run("Importing the review " + file.getFileName(), () -> wb.project().reviews().importFile(file),
                (ReviewImport r) -> {
                    message.set("Imported " + r.added().size() + (r.added().size() == 1 ? " comment" : " comments")
                            + " from " + r.file() + (r.already() == 0 ? "" : "; " + r.already() + " already here"));
                    changed();
                }, e -> {
                    message.set("");
                    wb.report(e);
                });
    }

    /** Answers a comment; blank text is refused with a message. */
    public void reply(ReviewItem item, String text) {
        if (text == null || text.isBlank()) {
            wb.errorProperty().set("Write a reply first");
            return;
        }
        long id = item.comment().id();
        wb.tasks().run("Replying", () -> wb.project().reviews().reply(id, text), r -> {
            message.set("Replied to " + r.comment().reviewer() + " on " + r.object());
            changed();
        }, wb::report);
    }

    public void resolve(ReviewItem item) {
        long id = item.comment().id();
        wb.tasks().run("Resolving", () -> wb.project().reviews().resolve(id), r -> {
            message.set("Resolved " + r.comment().reviewer() + "'s comment on " + r.object());
            changed();
        }, wb::report);
    }

    /**
     * Opens the comment's object where the window can show it: an extract's passage in its source,
     * a code in the code book, a theme's matrix; says so when it is gone.
     */
    public void open(ReviewItem item) {
        if (item.state() == ReviewItem.ObjectState.GONE) {
            wb.errorProperty().set(item.object() + " is gone: the comment was on \"" + shorten(item.comment().quoted())
                    + "\"");
        } else {
            openAt(wb, opener, item.where(), message::set);
        }
    }

    /**
     * Opens a place where the window can show it: a passage in its source, a theme's matrix, a code
     * in the code book; a checklist point is named in {@code say}. Shared with the changes view.
     */
    static void openAt(Workbench wb, Opener opener, ReviewItem.Where w, java.util.function.Consumer<String> say) {
        if (w.source() != null) {
            wb.tasks().run("Opening the extract", () -> wb.project().sources().get(w.source()),
                    (Source s) -> wb.openAt(s, w.span()), wb::report);
        } else if (w.themeGuid() != null) {
            wb.tasks().run("Opening the theme", () -> wb.project().themes().byGuid(w.themeGuid()), opener::openTheme,
                    wb::report);
        } else if (w.nodeGuid() != null) {
            opener.selectNode(w.nodeGuid());
        } else if (w.checklistPoint() != null) {
            say.accept("Checklist point " + w.checklistPoint() + ": see Themes → Phases & checklist");
        }
    }

    private static String shorten(String s) {
        String one = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 59) + "…" : one;
    }
}
