package org.quire.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.ReviewPoint;
import org.quire.service.review.ReviewChangeList;
import org.quire.service.review.ReviewItem;
import org.quire.service.review.WordDiff;
import org.quire.ui.common.Workbench;

/**
 * The "Changes since review" view's state, without controls: what changed since the last review
 * export, one heading per theme (then codes, then the checklist) with its changes under it, read on
 * the workbench's task runner; each change opens its object as the Review pane opens a comment's.
 */
public final class ChangesModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /**
     * One row of the list: a heading, or a change under it with the word-level difference of an
     * edited text (empty when none).
     */
    public record Row(boolean heading, String text, List<WordDiff.Part> diff, ReviewItem.Where where) {
        public Row {
            diff = List.copyOf(diff);
        }
    }

    private final Workbench wb;
    private final ReviewModel.Opener opener;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public ChangesModel(Workbench wb, ReviewModel.Opener opener) {
        this.wb = wb;
        this.opener = opener;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Since which review export, or why there is nothing to compare with. */
    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void reload() {
        wb.tasks().run("Reading what changed since the last review", () -> wb.project().reviewChanges().sinceLast(),
                this::show, wb::report);
    }

    private void show(Optional<ReviewChangeList> changes) {
        if (changes.isEmpty()) {
            title.set("No review export yet. Export the review page, the Word report or a theme or framework workbook"
                    + " for your supervisor; what changes after it is listed here.");
            rows.clear();
            return;
        }
        ReviewPoint p = changes.get().since();
        title.set("Changes since the " + p.kind().label() + " '" + p.fileName() + "' of " + WHEN.format(p.at())
                + (changes.get().isEmpty() ? ": none yet." : ""));
        rows.setAll(rows(changes.get()));
    }

    static List<Row> rows(ReviewChangeList changes) {
        List<Row> out = new ArrayList<>();
        for (ReviewChangeList.Group g : changes.groups()) {
            out.add(new Row(true, g.heading(), List.of(), g.where()));
            g.lines().forEach(l -> out.add(new Row(false, l.text(), l.diff(), l.where())));
        }
        return out;
    }

    /** Opens the row's object; says so when it is gone. */
    public void open(Row row) {
        ReviewItem.Where w = row.where();
        if (w.source() == null && w.themeGuid() == null && w.nodeGuid() == null && w.checklistPoint() == null) {
            message.set("Nothing to open: " + row.text() + " is not in the project any more");
            return;
        }
        message.set("");
        ReviewModel.openAt(wb, opener, w, message::set);
    }
}
