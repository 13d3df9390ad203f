package org.quire.ui.themes;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.model.ChecklistStatus;
import org.quire.service.method.ChecklistItem;
import org.quire.service.method.Phase;

/**
 * The method made visible: the phase tracker (six phases with what the project shows for each)
 * and the 15-point checklist, each point's answer beside the evidence.
 */
public final class MethodView {
    private final ThemesViewModel vm;
    private final GridPane phases = new GridPane();
    private final VBox checklist = new VBox(10);

    public MethodView(ThemesViewModel vm) {
        this.vm = vm;
    }

    public Region build() {
        phases.setId("phase-tracker");
        phases.setHgap(10);
        phases.setVgap(4);
        phases.setPadding(new Insets(10));
        checklist.setId("checklist");
        checklist.setPadding(new Insets(10));
        vm.phases().addListener((ListChangeListener<Phase>) c -> showPhases());
        vm.checklist().addListener((ListChangeListener<ChecklistItem>) c -> showChecklist());
        Label phasesTitle = new Label("Phases (Braun & Clarke)");
        phasesTitle.getStyleClass().add("editor-heading");
        Label checklistTitle = new Label("15-point checklist for good thematic analysis");
        checklistTitle.getStyleClass().add("editor-heading");
        ScrollPane left = new ScrollPane(new VBox(6, phasesTitle, phases));
        left.setFitToWidth(true);
        ScrollPane right = new ScrollPane(new VBox(6, checklistTitle, checklist));
        right.setFitToWidth(true);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.38);
        return split;
    }

    private void showPhases() {
        phases.getChildren().clear();
        int row = 0;
        for (Phase p : vm.phases()) {
            Label name = new Label(p.number() + ". " + p.name());
            name.setStyle("-fx-font-weight: bold;" + (p.started() ? "" : " -fx-text-fill: #888888;"));
            Label when = new Label(p.lastActivity() == null ? "nothing yet" : "last " + Format.day(p.lastActivity()));
            when.setMinWidth(Region.USE_PREF_SIZE);
            when.getStyleClass().add("hint");
            phases.addRow(row++, name, when);
            for (Phase.Measure m : p.measures()) {
                Label measure = new Label("    " + m.label());
                Label value = new Label(m.value() + (m.of() == null ? "" : " of " + m.of()));
                value.setStyle(m.value() == 0 ? "-fx-text-fill: #999999;" : "");
                phases.addRow(row++, measure, value);
            }
            phases.addRow(row++, new Label(" "));
        }
    }

    private void showChecklist() {
        checklist.getChildren().clear();
        String process = null;
        for (ChecklistItem item : vm.checklist()) {
            if (!item.point().process().equals(process)) {
                process = item.point().process();
                Label heading = new Label(process);
                heading.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
                checklist.getChildren().add(heading);
            }
            checklist.getChildren().add(point(item));
        }
    }

    private Region point(ChecklistItem item) {
        Label text = new Label(item.point().number() + ". " + item.point().text());
        text.setWrapText(true);
        ComboBox<ChecklistStatus> status = new ComboBox<>();
        status.getItems().setAll(ChecklistStatus.values());
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ChecklistStatus s) {
                return s == null ? "" : s.label();
            }

            @Override
            public ChecklistStatus fromString(String text) {
                return ChecklistStatus.parse(text);
            }
        });
        status.setPromptText("unanswered");
        TextField answer = new TextField();
        answer.setPromptText("your answer");
        HBox.setHgrow(answer, Priority.ALWAYS);
        Label who = new Label();
        who.getStyleClass().add("hint");
        if (item.answer() != null) {
            status.setValue(item.answer().status());
            answer.setText(item.answer().answer());
            who.setText(item.answer().coder() + ", " + Format.minute(item.answer().at()));
        }
        Button save = new Button("Save");
        save.setId("answer-" + item.point().number());
        save.setOnAction(e -> {
            if (status.getValue() != null) {
                vm.answer(item.point().number(), status.getValue(), answer.getText());
            }
        });
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, status, answer, save);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox evidence = new VBox(1);
        if (item.answer() != null) {
            evidence.getChildren().add(who);
        }
        for (String e : item.evidence()) {
            Label l = new Label("▸ " + e);
            l.setWrapText(true);
            l.setStyle("-fx-text-fill: #35597a;");
            evidence.getChildren().add(l);
        }
        for (String e : item.items()) {
            Label l = new Label("      " + e);
            l.setStyle("-fx-text-fill: #6a6a6a;");
            evidence.getChildren().add(l);
        }
        VBox box = new VBox(3, text, row, evidence);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }
}
