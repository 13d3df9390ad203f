package org.quire.ui.guide;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.service.guide.CheckItem;
import org.quire.service.guide.GuideCheck;
import org.quire.service.guide.GuidePhase;
import org.quire.service.guide.GuideStep;
import org.quire.service.method.Phase;

/**
 * The Guide pane: on the left the six phases, one open at a time, each with what it asks, the
 * steps to take in Quire (buttons), what the project shows so far and where the sample shows it;
 * on the right the gentle checks, each item a link to what it names. Binds to
 * {@link GuideViewModel} only.
 */
public final class GuideView {
    private final GuideViewModel vm;
    private final Accordion accordion = new Accordion();
    private final VBox results = new VBox(10);
    private final CheckBox showOnOpen = new CheckBox("Open the guide with this project");

    public GuideView(GuideViewModel vm) {
        this.vm = vm;
    }

    public Region build() {
        accordion.setId("guide-phases");
        vm.phases().addListener((ListChangeListener<GuidePhase>) c -> showPhases());
        vm.phaseProperty().addListener((o, a, n) -> expand(n));
        accordion.expandedPaneProperty().addListener((o, a, pane) -> {
            if (pane != null && pane.getUserData() instanceof Integer n) {
                vm.phaseProperty().set(n);
            }
        });
        Label title = new Label("Thematic analysis, step by step");
        title.getStyleClass().add("editor-heading");
        Label intro = hint("Braun and Clarke describe six phases. They are not a ladder: most people move back and"
                + " forth between them. Open a phase to see what it asks of you, the steps Quire offers for it, what"
                + " your project shows so far, and where the sample project shows it done.");
        showOnOpen.setId("guide-show-on-open");
        showOnOpen.selectedProperty().bindBidirectional(vm.showOnOpenProperty());
        Label message = new Label();
        message.setId("guide-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add("guide-message");
        message.setStyle("-fx-background-color: -fx-control-inner-background; -fx-border-color: -fx-accent;"
                + " -fx-padding: 6; -fx-border-radius: 4; -fx-background-radius: 4;");
        VBox left = new VBox(8, title, intro, showOnOpen, message, accordion);
        left.setPadding(new Insets(10));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        ScrollPane rightScroll = new ScrollPane(checksPane());
        rightScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(leftScroll, rightScroll);
        split.setDividerPositions(0.58);
        split.setId("guide-pane");
        showPhases();
        return split;
    }

    private void showPhases() {
        Integer open = vm.phaseProperty().get();
        // After edits the same six panes get new contents, so the open one stays open and in place.
        boolean same = accordion.getPanes().size() == vm.phases().size();
        for (int i = 0; same && i < vm.phases().size(); i++) {
            same = Integer.valueOf(vm.phases().get(i).number()).equals(accordion.getPanes().get(i).getUserData());
        }
        if (!same) {
            accordion.getPanes().clear();
        }
        for (int i = 0; i < vm.phases().size(); i++) {
            GuidePhase p = vm.phases().get(i);
            TitledPane pane = same ? accordion.getPanes().get(i) : new TitledPane();
            pane.setText(p.number() + ". " + p.name() + status(p.progress()));
            pane.setContent(phaseBody(p));
            if (!same) {
                pane.setId("guide-phase-" + p.number());
                pane.setUserData(p.number());
                accordion.getPanes().add(pane);
            }
        }
        expand(open);
    }

    private static String status(Phase progress) {
        return progress == null || progress.started() ? "" : "  (nothing yet)";
    }

    private void expand(Integer n) {
        if (n == null) {
            return;
        }
        accordion.getPanes().stream().filter(t -> n.equals(t.getUserData())).findFirst().ifPresent(t -> {
            if (accordion.getExpandedPane() != t) {
                accordion.setExpandedPane(t);
            }
        });
    }

    private Region phaseBody(GuidePhase p) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(6, 4, 8, 4));
        box.getChildren().add(heading("What this phase asks"));
        Label asks = new Label(p.asks());
        asks.setWrapText(true);
        asks.setId("guide-asks-" + p.number());
        box.getChildren().add(asks);
        box.getChildren().add(hint("Braun and Clarke's later writing on reflexive thematic analysis calls this phase '"
                + p.laterName() + "'. To read more:"));
        for (String reading : p.sources()) {
            Label r = hint("– " + reading);
            r.setPadding(new Insets(0, 0, 0, 12));
            box.getChildren().add(r);
        }

        box.getChildren().add(heading("What to do in Quire"));
        for (GuideStep step : p.steps()) {
            Button b = new Button(step.label());
            b.setId("guide-step-" + step.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + p.number());
            b.setTooltip(new Tooltip(step.hint()));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> vm.take(step));
            Label what = hint(step.hint());
            HBox.setHgrow(what, Priority.ALWAYS);
            HBox row = new HBox(10, b, what);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }

        box.getChildren().add(heading("Your project so far"));
        if (p.progress() != null) {
            VBox measures = new VBox(2);
            measures.setId("guide-progress-" + p.number());
            for (Phase.Measure m : p.progress().measures()) {
                Label l = new Label("• " + m.text());
                if (m.value() == 0) {
                    l.getStyleClass().add("hint");
                }
                measures.getChildren().add(l);
            }
            box.getChildren().add(measures);
        }

        box.getChildren().add(heading("In the sample project"));
        box.getChildren().add(wrapped(p.sample().says()));
        Button sample = new Button();
        sample.setId("guide-sample-" + p.number());
        sample.textProperty().bind(javafx.beans.binding.Bindings.when(vm.sampleProperty())
                .then("Show it").otherwise("Open the sample at this step"));
        sample.setOnAction(e -> vm.showSample(p.number()));
        box.getChildren().add(sample);
        return box;
    }

    private Region checksPane() {
        Label title = new Label("Gentle checks");
        title.getStyleClass().add("editor-heading");
        Label intro = hint("Run these whenever you like. None of them is an error or stops anything: each points at"
                + " something that may deserve a second look. Click an item to open it.");
        Spinner<Integer> weeks = new Spinner<>(1, 104, vm.candidateWeeksProperty().get());
        weeks.setId("guide-weeks");
        weeks.setEditable(true);
        weeks.setPrefWidth(76);
        weeks.valueProperty().addListener((o, a, n) -> vm.candidateWeeksProperty().set(n));
        Spinner<Integer> few = new Spinner<>(1, 100, vm.fewExtractsProperty().get());
        few.setId("guide-few");
        few.setEditable(true);
        few.setPrefWidth(76);
        few.valueProperty().addListener((o, a, n) -> vm.fewExtractsProperty().set(n));
        HBox weeksRow = new HBox(6, new Label("Candidate themes older than"), weeks, new Label("weeks"));
        weeksRow.setAlignment(Pos.CENTER_LEFT);
        HBox fewRow = new HBox(6, new Label("Themes with fewer than"), few, new Label("extracts"));
        fewRow.setAlignment(Pos.CENTER_LEFT);
        Button run = new Button("Run the checks");
        run.setId("guide-run-checks");
        run.setOnAction(e -> vm.runChecks());
        results.setId("guide-check-results");
        vm.checks().addListener((ListChangeListener<GuideCheck>) c -> showChecks());
        VBox box = new VBox(8, title, intro, fewRow, weeksRow, run, results);
        box.setPadding(new Insets(10));
        return box;
    }

    private void showChecks() {
        results.getChildren().clear();
        for (GuideCheck c : vm.checks()) {
            Label name = new Label(c.kind().title() + (c.clear() ? ": none" : ": " + c.total()));
            name.setStyle("-fx-font-weight: bold;");
            VBox one = new VBox(2, name);
            one.setId("guide-check-" + c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (!c.clear()) {
                one.getChildren().add(hint(c.kind().why()));
            }
            for (CheckItem item : c.items()) {
                Hyperlink link = new Hyperlink(item.label());
                link.setOnAction(e -> vm.open(item));
                link.setTooltip(new Tooltip("Open " + item.target().kind().name().toLowerCase(Locale.ROOT)
                        .replace("extract", "the passage in its source")));
                // Long labels (a quoted passage) wrap within the pane rather than widen it.
                link.setWrapText(true);
                link.setMinWidth(0);
                Label detail = hint(item.detail());
                detail.setPadding(new Insets(0, 0, 0, 8));
                one.getChildren().add(new VBox(0, link, detail));
            }
            if (c.total() > c.items().size()) {
                one.getChildren().add(hint("… and " + (c.total() - c.items().size()) + " more"));
            }
            results.getChildren().add(one);
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setPadding(new Insets(4, 0, 0, 0));
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Label hint(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add("hint");
        return l;
    }
}
