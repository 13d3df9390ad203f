package org.quire.ui.review;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.quire.model.ReviewComment;
import org.quire.model.ReviewStatus;
import org.quire.service.review.ReviewItem;

/** The Review pane: binds {@link ReviewModel} to a filter, the list of comments, a reply box and buttons. */
public final class ReviewPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final List<String> FILTERS = List.of("All", "Open", "Answered", "Resolved");

    private final ReviewModel model;
    private final Runnable showChanges;

    /** @param showChanges shows the "Changes since review" view */
    public ReviewPane(ReviewModel model, Runnable showChanges) {
        this.model = model;
        this.showChanges = showChanges;
    }

    public Region build() {
        ChoiceBox<String> filter = new ChoiceBox<>(FXCollections.observableArrayList(FILTERS));
        filter.setId("review-filter");
        filter.getSelectionModel().select(0);
        // Showing a marker's comment may set the filter back to "All".
        model.filterProperty().addListener((o, a, status) -> filter.getSelectionModel().select(
                status == null ? 0 : status.ordinal() + 1));
        filter.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> model.filterProperty().set(
                i.intValue() <= 0 ? null : ReviewStatus.values()[i.intValue() - 1]));
        Button importButton = new Button("Import review…");
        importButton.setId("review-import");
        importButton.setOnAction(e -> choose(importButton));
        Button changes = new Button("Changes since review");
        changes.setId("review-changes");
        changes.setOnAction(e -> showChanges.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, new Label("Show"), filter, gap, importButton);

        ListView<ReviewItem> list = new ListView<>(model.items());
        list.setId("review-list");
        list.setCellFactory(v -> new Cell());
        list.setPlaceholder(new Label("No review comments. Import a commented review page, Word report or"
                + " theme workbook with File → Import review…"));
        VBox.setVgrow(list, Priority.ALWAYS);
        org.quire.ui.common.OpenOnList.install(list, model::open);
        // A marker clicked elsewhere in the window: select its comment once the list holds it.
        Runnable selectShown = () -> {
            Long id = model.shownProperty().get();
            if (id == null) {
                return;
            }
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).comment().id() == id) {
                    list.getSelectionModel().clearAndSelect(i);
                    list.scrollTo(i);
                    return;
                }
            }
        };
        model.items().addListener((javafx.collections.ListChangeListener<ReviewItem>) c -> selectShown.run());
        model.shownProperty().addListener((o, a, b) -> selectShown.run());

        TextArea reply = new TextArea();
        reply.setId("review-reply");
        reply.setPromptText("Your reply to the selected comment");
        reply.setPrefRowCount(3);
        reply.setWrapText(true);
        Button send = new Button("Reply");
        send.setId("review-reply-button");
        send.setOnAction(e -> {
            ReviewItem item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                model.reply(item, reply.getText());
                reply.clear();
            }
        });
        Button resolve = new Button("Resolve");
        resolve.setId("review-resolve");
        resolve.setOnAction(e -> {
            ReviewItem item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                model.resolve(item);
            }
        });
        Button open = new Button("Open");
        open.setId("review-open");
        open.setOnAction(e -> {
            ReviewItem item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                model.open(item);
            }
        });
        for (Button b : List.of(send, resolve, open)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Label message = new Label();
        message.setId("review-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        // On a line of its own: the pane may be narrow beside the document.
        VBox box = new VBox(6, top, changes, list, reply, new HBox(8, send, resolve, open), message);
        box.setPadding(new Insets(8));
        model.reload();
        return box;
    }

    private void choose(javafx.scene.Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a commented review");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Review files (saved page, Word, Excel)", "*.quirereview", "*.json",
                        "*.docx", "*.xlsx"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            model.importFile(file.toPath());
        }
    }

    /** One comment: status, object (marked when changed or gone), reviewer and date, text, replies. */
    private static final class Cell extends ListCell<ReviewItem> {
        @Override
        protected void updateItem(ReviewItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            ReviewComment c = item.comment();
            StringBuilder b = new StringBuilder();
            b.append('[').append(c.status().label()).append("]  ").append(item.object());
            if (item.state() != ReviewItem.ObjectState.CURRENT) {
                b.append("  — ").append(item.state().label());
            }
            b.append('\n').append(c.reviewer()).append(c.writtenAt() == null ? "" : ", " + DAY.format(c.writtenAt()))
                    .append(": ").append(c.body().strip());
            if (item.state() != ReviewItem.ObjectState.CURRENT && !c.quoted().isBlank()) {
                b.append("\n    on: \"").append(c.quoted().strip()).append('"');
            }
            for (ReviewComment.Reply r : c.replies()) {
                b.append("\n    ↳ ").append(r.author()).append(": ").append(r.body().strip());
            }
            setText(b.toString());
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
