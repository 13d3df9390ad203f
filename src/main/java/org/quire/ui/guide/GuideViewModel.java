package org.quire.ui.guide;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.NodeId;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.ThemeId;
import org.quire.service.guide.CheckItem;
import org.quire.service.guide.CheckOptions;
import org.quire.service.guide.GuideCheck;
import org.quire.service.guide.GuidePhase;
import org.quire.service.guide.GuideStep;
import org.quire.service.guide.SampleStop;
import org.quire.service.guide.Target;
import org.quire.ui.common.Workbench;

/**
 * The Guide pane's state and actions: the six phases with the project's progress, the checks and
 * their results, whether the guide opens with the project. Every read runs on the window's task
 * runner; steps go to the window's own commands ({@link GuideSteps}) or to the shared
 * {@link Workbench} (opening sources). Knows no controls, so it is tested as plain Java.
 */
public final class GuideViewModel {
    /** Sources opened by one click on "Open the sources not opened yet": more buries the reader in tabs. */
    static final int OPEN_AT_ONCE = 10;

    private final Workbench wb;
    private final GuideSteps steps;
    private final ObservableList<GuidePhase> phases = FXCollections.observableArrayList();
    private final ObservableList<GuideCheck> checks = FXCollections.observableArrayList();
    private final BooleanProperty showOnOpen = new SimpleBooleanProperty();
    private final BooleanProperty sample = new SimpleBooleanProperty();
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final IntegerProperty candidateWeeks = new SimpleIntegerProperty(CheckOptions.CANDIDATE_WEEKS);
    private final IntegerProperty fewExtracts = new SimpleIntegerProperty(CheckOptions.FEW_EXTRACTS);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Integer> phase = new SimpleObjectProperty<>();
    private boolean active;
    // True while the switch shows what the project holds, rather than what the user ticked.
    private boolean applying;

    public GuideViewModel(Workbench wb, GuideSteps steps) {
        this.wb = wb;
        this.steps = steps;
        showOnOpen.addListener((o, was, on) -> {
            if (!applying) {
                save(on);
            }
        });
        // Work done elsewhere in the window changes what each phase shows.
        wb.revisionProperty().addListener((o, a, b) -> {
            if (active) {
                reloadPhases();
            }
        });
    }

    public ObservableList<GuidePhase> phases() {
        return phases;
    }

    /** The last run of the checks (empty until the first). */
    public ObservableList<GuideCheck> checks() {
        return checks;
    }

    /** True once the checks have run. */
    public BooleanProperty checkedProperty() {
        return checked;
    }

    /** Whether the guide opens with this project; setting it from the pane saves it in the project. */
    public BooleanProperty showOnOpenProperty() {
        return showOnOpen;
    }

    /** True when the open project is the sample, so its examples open in place. */
    public BooleanProperty sampleProperty() {
        return sample;
    }

    public IntegerProperty candidateWeeksProperty() {
        return candidateWeeks;
    }

    public IntegerProperty fewExtractsProperty() {
        return fewExtracts;
    }

    /** What the last step did, or why it could not ("Every source has been opened."). */
    public StringProperty messageProperty() {
        return message;
    }

    /** The phase the pane shows open (1 to 6), null for none. */
    public ObjectProperty<Integer> phaseProperty() {
        return phase;
    }

    /** Whether the pane is on screen: it then follows edits made elsewhere. */
    public void setActive(boolean on) {
        boolean was = active;
        active = on;
        if (on && !was) {
            reloadPhases();
        }
    }

    /** Reads the phases, the switch and whether this is the sample. */
    public void load() {
        var guide = wb.project().guide();
        wb.tasks().run("Reading the guide", () -> new Loaded(guide.phases(), guide.shownOnOpen(), guide.isSample()),
                l -> {
                    phases.setAll(l.phases());
                    applying = true;
                    showOnOpen.set(l.shown());
                    applying = false;
                    sample.set(l.sample());
                    if (phase.get() == null) {
                        phase.set(firstUnfinished(l.phases()));
                    }
                }, wb::report);
    }

    private record Loaded(List<GuidePhase> phases, boolean shown, boolean sample) {
    }

    /** The first phase the project shows nothing of yet; 6 when every one has started. */
    static int firstUnfinished(List<GuidePhase> phases) {
        return phases.stream().filter(p -> p.progress() != null && !p.progress().started()).map(GuidePhase::number)
                .findFirst().orElse(phases.isEmpty() ? 1 : 6);
    }

    private void reloadPhases() {
        wb.tasks().run("Reading the phases", () -> wb.project().guide().phases(), phases::setAll, wb::report);
    }

    /** Saves whether the guide opens with this project (as ticking the box in the pane does). */
    public void setShowOnOpen(boolean on) {
        showOnOpen.set(on);
    }

    private void save(boolean on) {
        wb.tasks().run(on ? "Opening the guide with this project" : "No longer opening the guide", () -> {
            wb.project().guide().showOnOpen(on);
            return on;
        }, done -> message.set(on ? "The guide will open with this project." : "The guide stays closed when this"
                + " project opens; Help → Guide (F1) opens it."), e -> {
                    applying = true;
                    showOnOpen.set(!on);
                    applying = false;
                    wb.report(e);
                });
    }

    /** Takes one of a phase's steps. */
    public void take(GuideStep step) {
        message.set("");
        var guide = wb.project().guide();
        switch (step) {
            case OPEN_UNREAD_SOURCES -> wb.tasks().run("Finding the sources not opened yet", guide::sourcesNotOpened,
                    this::openUnread, wb::report);
            case JOURNAL -> steps.journal();
            case CODE -> wb.tasks().run("Finding a source to code", guide::nextToCode, next -> {
                if (next.isEmpty()) {
                    message.set("There are no sources to code yet: import some first (File → Import files, Ctrl+I).");
                } else {
                    wb.open(next.get());
                    message.set("Opened '" + next.get().path() + "'. Select a passage with the mouse, then press Ctrl+Q"
                            + " to code it at a node (a new one or one you have).");
                }
            }, wb::report);
            case NEW_THEME -> steps.newCandidateTheme();
            case THEMATIC_MAP -> steps.thematicMap();
            case THEME_MATRIX -> steps.themeMatrix();
            case DEFINE_THEME -> wb.tasks().run("Finding a theme to define", guide::nextToDefine, next -> {
                if (next.isEmpty()) {
                    message.set("Every theme in play has a definition. Make a theme first if there is none.");
                    steps.editDefinition(null);
                } else {
                    steps.editDefinition(next.get().id());
                    message.set("Write what '" + next.get().name() + "' is about, then press Save.");
                }
            }, wb::report);
            case BUILD_REPORT -> steps.buildReport();
        }
    }

    private void openUnread(List<Source> unread) {
        if (unread.isEmpty()) {
            message.set("Every source has been opened at least once.");
            return;
        }
        List<Source> now = unread.subList(0, Math.min(OPEN_AT_ONCE, unread.size()));
        now.forEach(wb::open);
        // The first of them in front: reading starts at the top of the list.
        wb.open(now.get(0));
        message.set("Opened " + now.size() + (now.size() == 1 ? " source" : " sources") + (unread.size() > now.size()
                ? "; " + (unread.size() - now.size()) + " more not opened yet" : "") + ". Read each one; annotate"
                + " what strikes you (right-click a selection).");
    }

    /** Runs every check with the thresholds set in the pane. */
    public void runChecks() {
        CheckOptions options;
        try {
            options = new CheckOptions(fewExtracts.get(), candidateWeeks.get(), null);
        } catch (RuntimeException e) {
            wb.report(e);
            return;
        }
        wb.tasks().run("Running the checks", () -> wb.project().guide().checks(options), result -> {
            checks.setAll(result);
            checked.set(true);
        }, wb::report);
    }

    /** Opens what a check's item points at: the theme, the node, the source or the passage. */
    public void open(CheckItem item) {
        open(item.target());
    }

    void open(Target target) {
        switch (target.kind()) {
            case THEME -> steps.showTheme(new ThemeId(target.id()));
            case NODE -> steps.showNode(new NodeId(target.id()));
            case SOURCE, EXTRACT -> wb.tasks().run("Opening the source", () -> wb.project().sources()
                    .get(new SourceId(target.id())), s -> {
                        if (target.span() == null) {
                            wb.open(s);
                        } else {
                            wb.openAt(s, target.span());
                        }
                    }, wb::report);
        }
    }

    /**
     * "Open the sample at this step": in the sample, shows the phase's example in place; in any
     * other project, asks the window to open the sample there.
     */
    public void showSample(int phaseNumber) {
        if (sample.get()) {
            showInSample(phaseNumber);
        } else {
            steps.openSample(phaseNumber);
        }
    }

    /** Shows phase {@code phaseNumber}'s example object of the open project (the sample), found by its name. */
    public void showInSample(int phaseNumber) {
        phase.set(phaseNumber);
        var project = wb.project();
        wb.tasks().run("Finding the sample's example", () -> {
            SampleStop stop = project.guide().phases().get(phaseNumber - 1).sample();
            return switch (stop.kind()) {
                case SOURCE -> Target.source(project.sources().find(stop.name()).id().value());
                case NODE -> Target.node(project.nodes().find(stop.name()).id().value());
                case THEME -> Target.theme(project.themes().find(stop.name()).id().value());
                case EXTRACT -> throw new IllegalStateException("a sample stop names no passage");
            };
        }, this::open, wb::report);
    }
}
