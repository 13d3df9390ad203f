package org.quire.ui.common;

import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import org.quire.service.Project;
import org.quire.service.review.OpenMarks;

/**
 * The open review comments the panels mark (code book, theme matrix, framework matrix, document
 * margin), read in one background query when the project opens and after each import, reply or
 * resolution, and kept here: a panel drawing a row only looks its object up. A click on a marker
 * asks the window to show that comment in the Review pane.
 */
public final class ReviewMarks {
    private final Project project;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onError;
    private final ReadOnlyObjectWrapper<OpenMarks> marks = new ReadOnlyObjectWrapper<>(OpenMarks.NONE);
    private LongConsumer opener = id -> { };

    public ReviewMarks(Project project, TaskRunner tasks, Consumer<Throwable> onError) {
        this.project = project;
        this.tasks = tasks;
        this.onError = onError;
    }

    /** The open comments by object; {@link OpenMarks#NONE} until first read. */
    public ReadOnlyObjectProperty<OpenMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public OpenMarks marks() {
        return marks.get();
    }

    /** Reads the open comments again, in the background. */
    public void reload() {
        tasks.run("Reading open review comments", project.reviews()::openMarks, marks::set, onError);
    }

    /** Who shows a comment when its marker is clicked (the Review pane, set by the window). */
    public void setOpener(LongConsumer opener) {
        this.opener = opener;
    }

    /** Shows the comment with this number in the Review pane. */
    public void open(long commentId) {
        opener.accept(commentId);
    }

    /**
     * A marker for a row or a cell: the number of open comments on an orange badge, the first
     * comment in its tooltip; a click (primary button) opens that comment in the Review pane.
     */
    public Label marker(OpenMarks.Mark mark) {
        Label badge = new Label(Integer.toString(mark.count()));
        badge.getStyleClass().add("review-marker");
        badge.setStyle("-fx-background-color: #b35900; -fx-text-fill: white; -fx-background-radius: 7;"
                + " -fx-padding: 0 5 0 5; -fx-font-size: 10px; -fx-font-weight: bold; -fx-cursor: hand;");
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip(mark.tooltip());
        tip.setShowDelay(Duration.millis(200));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        // Not the badge's small bold type: the tooltip reads as any other.
        tip.setStyle("-fx-font-size: 12px; -fx-font-weight: normal;");
        badge.setTooltip(tip);
        badge.setUserData(mark.firstId());
        // On the press, and consumed: the row or cell under the marker is neither selected nor
        // redrawn first (a redrawn cell would drop the marker before a click could complete).
        badge.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                e.consume();
                open(mark.firstId());
            }
        });
        badge.setOnMouseClicked(javafx.event.Event::consume);
        // The row or cell under the marker may have a tooltip of its own (a node's description): over
        // the marker, the marker's tooltip is the one shown.
        badge.setOnMouseMoved(javafx.event.Event::consume);
        return badge;
    }
}
