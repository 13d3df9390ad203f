package org.quire.ui.projects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.quire.service.Project;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.common.StartupTimeline;
import org.quire.ui.prefs.DisplaySettings;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;

/**
 * The window's content around the workbench: the workbench of the open project (rebuilt when
 * another opens), a start screen when none is open, the New / Open / Preferences panels over it,
 * and a message bar saying why an open failed. The project items of the File and Edit menus come
 * from here.
 */
public final class ProjectShell {
    private final ProjectSession session;
    private final FxTaskRunner runner;
    private final DisplaySettings display;
    private final StackPane root = new StackPane();
    private final BorderPane base = new BorderPane();
    private final NewProjectPanel newPanel;
    private final OpenProjectPanel openPanel;
    private final PreferencesPanel prefsPanel;
    private final AboutPanel aboutPanel = new AboutPanel();
    private WorkbenchView workbench;
    /** A REFI-QDA project to import once the workbench shows (Quire was opened on a .qdpx). */
    private Path pendingImport;

    private final java.util.function.Consumer<String> desktop;

    public ProjectShell(ProjectSession session, FxTaskRunner runner, DisplaySettings display) {
        this(session, runner, display, uri -> { });
    }

    /** @param desktop opens a file or folder, given its URI, in the desktop's own program */
    public ProjectShell(ProjectSession session, FxTaskRunner runner, DisplaySettings display,
                        java.util.function.Consumer<String> desktop) {
        this.desktop = desktop;
        this.session = session;
        this.runner = runner;
        this.display = display;
        this.newPanel = new NewProjectPanel(session);
        this.openPanel = new OpenProjectPanel(session);
        this.prefsPanel = new PreferencesPanel(session, display);
    }

    public Parent build() {
        root.setId("project-shell");
        root.getChildren().setAll(base, messageBar());
        for (OverlayPanel panel : List.of(newPanel, openPanel, prefsPanel, aboutPanel)) {
            panel.hostIn(root);
        }
        acceptProjectDrops();
        root.getStylesheets().add(ProjectShell.class.getResource("/org/quire/ui/quire.css").toExternalForm());
        String darkCss = ProjectShell.class.getResource("/org/quire/ui/dark.css").toExternalForm();
        Runnable theme = () -> {
            root.getStylesheets().remove(darkCss);
            if (display.darkProperty().get()) {
                root.getStylesheets().add(darkCss);
            }
        };
        display.darkProperty().addListener((o, a, b) -> theme.run());
        theme.run();
        session.projectProperty().addListener((o, old, p) -> showProject(p));
        showProject(session.projectProperty().get());
        session.refreshRecent();
        return root;
    }

    /**
     * Shows {@code stage} (whose scene is this shell) once the project opening now is in it with
     * its first screen, or did not open, or after {@code wait}; then runs {@code then}. Shown at
     * once, the window was styled, laid out and drawn with the start screen, which the workbench
     * replaced a moment later: now it appears once, complete, laid out with the code book's rows.
     */
    public void showWhenOpen(javafx.stage.Stage stage, javafx.util.Duration wait, Runnable then) {
        boolean[] shown = {false};
        Runnable show = () -> {
            if (!shown[0]) {
                shown[0] = true;
                StartupTimeline.mark("window: showing");
                stage.show();
                StartupTimeline.mark("window: shown");
                then.run();
            }
        };
        if (!session.busyProperty().get()) {
            show.run();
            return;
        }
        // Busy ends in the same callback that puts the project in the window, so the window shows
        // just after it: with the workbench once its first screen is read (a few milliseconds), or
        // with the start screen and why the project did not open.
        javafx.beans.value.ChangeListener<Boolean> opened = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean busy) {
                if (busy) {
                    return;
                }
                // Only the opening at start: later opens and creations show in the window as it is.
                session.busyProperty().removeListener(this);
                javafx.application.Platform.runLater(() -> {
                    if (workbench == null || workbench.firstScreenShownProperty().get()) {
                        show.run();
                    } else {
                        workbench.firstScreenShownProperty().addListener((p, before, now) -> show.run());
                    }
                });
            }
        };
        session.busyProperty().addListener(opened);
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(wait);
        pause.setOnFinished(e -> show.run());
        pause.play();
    }

    /** "Title — Quire" for the window, or "Quire" when no project is open. */
    public javafx.beans.binding.StringExpression windowTitle() {
        return javafx.beans.binding.Bindings.when(session.titleProperty().isEmpty()).then("Quire")
                .otherwise(session.titleProperty().concat(" — Quire"));
    }

    /** Edit → Preferences at the first start, headed as a welcome so the name is confirmed. */
    public void welcome() {
        prefsPanel.showWelcome();
    }

    /**
     * Imports {@code qdpx} as a new project, as File → Import project does, once the project
     * opening now is shown: Quire was started on that file (a double-click in the file manager).
     */
    public void importWhenOpen(Path qdpx) {
        pendingImport = qdpx;
    }

    /**
     * A project folder (*.quire) dropped on the window opens; a REFI-QDA project (*.qdpx) is
     * imported as a new one. Other files and folders go on to the workbench, which imports them as
     * sources.
     */
    private void acceptProjectDrops() {
        root.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (droppedProject(e.getDragboard()) != null) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                e.consume();
            }
        });
        root.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            Path dropped = droppedProject(e.getDragboard());
            if (dropped != null) {
                if (isQdpx(dropped)) {
                    workbench.importProject(dropped);
                } else {
                    session.open(dropped);
                }
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private Path droppedProject(Dragboard board) {
        return board.hasFiles() ? projectIn(board.getFiles(), workbench != null) : null;
    }

    /**
     * The one project folder, or (with a project open, to import into) the one QDPX file, among
     * {@code files} being dropped; null for anything else.
     */
    static Path projectIn(List<java.io.File> files, boolean projectOpen) {
        if (files.size() != 1) {
            return null;
        }
        Path p = files.get(0).toPath();
        String name = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
        if (Files.isDirectory(p) && name.endsWith(".quire")) {
            return p;
        }
        return projectOpen && isQdpx(p) ? p : null;
    }

    /** A REFI-QDA project file, as Quire is given one by a double-click or a drop. */
    public static boolean isQdpx(Path p) {
        return Files.isRegularFile(p) && String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT).endsWith(".qdpx");
    }

    /** Where the sample project is (built the first time it is asked for); null: the guide cannot open it. */
    private java.util.concurrent.Callable<Path> sample;
    /** The sample being opened for the guide, and the phase to show there once it is open. */
    private Path pendingSample;
    private int pendingSamplePhase;

    /** Lets the guide's "Open the sample at this step" open the sample project found (or built) by {@code sample}. */
    public void sampleFrom(java.util.concurrent.Callable<Path> sample) {
        this.sample = sample;
    }

    private void openSample(int phase) {
        if (sample == null) {
            session.messageProperty().set("The sample project is not available here: build it with 'quire sample DIR'"
                    + " and open it with File → Open project.");
            return;
        }
        runner.run("Preparing the sample project", sample, folder -> {
            Project open = session.projectProperty().get();
            if (open != null && workbench != null && open.folder().toAbsolutePath().normalize()
                    .equals(folder.toAbsolutePath().normalize())) {
                // The sample is open already (one built before it was marked as the sample).
                workbench.showGuideInSample(phase);
                return;
            }
            pendingSample = folder;
            pendingSamplePhase = phase;
            session.open(folder);
        }, e -> session.messageProperty().set("Could not open the sample project: " + e.getMessage()));
    }

    /** The workbench now shown, or null on the start screen (for tests). */
    public WorkbenchView workbench() {
        return workbench;
    }

    private void showProject(Project project) {
        newPanel.hide();
        openPanel.hide();
        if (project == null) {
            workbench = null;
            base.setCenter(startScreen());
            return;
        }
        StartupTimeline.mark("workbench: building");
        WorkbenchViewModel vm = new WorkbenchViewModel(project, runner);
        // A project made from a QDPX opens here, in place of this one, like any other.
        vm.refi().openInWindow(session::open);
        workbench = new WorkbenchView(vm, runner,
                new WorkbenchView.Shell(fileItems(true), editItems(), display, helpItems(), desktop));
        // Sources and code book first: one background worker runs the loads in the order they are
        // queued, and the panels built next queue theirs (memos, themes, coverage), which at size M
        // kept the code book waiting for seconds. The results arrive after the build, on this thread.
        vm.load();
        base.setCenter(workbench.build());
        StartupTimeline.mark("workbench: built");
        workbench.openSampleWith(this::openSample);
        if (pendingSample != null && pendingSample.toAbsolutePath().normalize()
                .equals(project.folder().toAbsolutePath().normalize())) {
            workbench.showGuideInSample(pendingSamplePhase);
        }
        pendingSample = null;
        if (pendingImport != null) {
            Path qdpx = pendingImport;
            pendingImport = null;
            // After the window has been drawn: the import asks where to create the project.
            javafx.application.Platform.runLater(() -> workbench.importProject(qdpx));
        }
    }

    /** New, Open, Open recent ▸ and (with a project open) Close project, for the top of the File menu. */
    private List<MenuItem> fileItems(boolean withClose) {
        MenuItem create = new MenuItem("New project…");
        create.setId("menu-new-project");
        create.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        create.setOnAction(e -> newPanel.show());
        MenuItem open = new MenuItem("Open project…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> openPanel.show());
        Menu recent = new Menu("Open recent");
        recent.setId("menu-open-recent");
        fillRecent(recent);
        javafx.collections.ListChangeListener<ProjectSession.RecentEntry> refill = c -> fillRecent(recent);
        // Weak: the menu goes with its workbench when another project opens; the menu holds the listener.
        recent.getProperties().put("refill", refill);
        session.recent().addListener(new javafx.collections.WeakListChangeListener<>(refill));
        List<MenuItem> items = new ArrayList<>(List.of(create, open, recent));
        for (MenuItem m : items) {
            m.disableProperty().bind(session.busyProperty());
        }
        if (withClose) {
            MenuItem close = new MenuItem("Close project");
            close.setId("menu-close-project");
            close.setOnAction(e -> session.close());
            close.disableProperty().bind(session.busyProperty());
            items.add(close);
        }
        items.add(new SeparatorMenuItem());
        return items;
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        Project current = session.projectProperty().get();
        int n = 0;
        for (ProjectSession.RecentEntry entry : session.recent()) {
            n++;
            MenuItem item = new MenuItem((n < 10 ? "_" + n + "  " : "") + entry.label());
            item.setMnemonicParsing(true);
            item.setId("recent-" + n);
            boolean isCurrent = current != null && entry.folder().toAbsolutePath().normalize()
                    .equals(current.folder().toAbsolutePath().normalize());
            item.setDisable(!entry.available() || isCurrent);
            item.setOnAction(e -> session.open(entry.folder()));
            menu.getItems().add(item);
        }
        if (n == 0) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            menu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem("Clear the list");
            clear.setOnAction(e -> session.clearRecent());
            menu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    private List<MenuItem> editItems() {
        MenuItem prefs = new MenuItem("Preferences…");
        prefs.setId("menu-preferences");
        prefs.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        prefs.setOnAction(e -> prefsPanel.show());
        return List.of(new SeparatorMenuItem(), prefs);
    }

    /** The Help menu: About Quire. */
    private List<MenuItem> helpItems() {
        MenuItem about = new MenuItem("About Quire");
        about.setId("menu-about");
        about.setOnAction(e -> aboutPanel.show());
        return List.of(about);
    }

    /** What the window shows with no project open: how to start, and the recent projects. */
    private Region startScreen() {
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        Menu file = new Menu("File");
        file.getItems().addAll(fileItems(false));
        file.getItems().add(quit);
        Menu edit = new Menu("Edit");
        edit.getItems().addAll(editItems().subList(1, 2));
        Label heading = new Label();
        heading.textProperty().bind(javafx.beans.binding.Bindings.when(session.busyProperty())
                .then("Opening the project…").otherwise("No project is open"));
        heading.getStyleClass().add("detail-title");
        Button create = org.quire.ui.common.Icons.on(new Button("New project…"), org.quire.ui.common.Icons.NEW);
        create.setId("start-new");
        create.setOnAction(e -> newPanel.show());
        Button open = org.quire.ui.common.Icons.on(new Button("Open project…"), org.quire.ui.common.Icons.OPEN);
        open.setId("start-open");
        open.setOnAction(e -> openPanel.show());
        ListView<ProjectSession.RecentEntry> recent = new ListView<>(session.recent());
        recent.setId("start-recent");
        recent.setPrefHeight(240);
        recent.setMaxWidth(720);
        recent.setCellFactory(list -> new RecentCell(() -> null));
        recent.setOnMouseClicked(e -> {
            var chosen = recent.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && chosen != null && chosen.available()) {
                session.open(chosen.folder());
            }
        });
        Label recentHeading = new Label("Recent projects (double-click to open)");
        recentHeading.getStyleClass().add("panel-heading");
        // Building the sample at the first start takes a few seconds: say what it is doing.
        Label progressText = new Label();
        progressText.setId("start-progress-text");
        progressText.textProperty().bind(session.progressProperty());
        javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
        progress.setId("start-progress");
        progress.setPrefWidth(360);
        progress.progressProperty().bind(session.progressDoneProperty());
        VBox progressBox = new VBox(6, progressText, progress);
        progressBox.visibleProperty().bind(session.progressProperty().isNotNull());
        progressBox.managedProperty().bind(progressBox.visibleProperty());
        VBox centre = new VBox(14, heading, progressBox, new HBox(8, create, open), recentHeading, recent);
        centre.setPadding(new Insets(40));
        centre.setMaxWidth(760);
        StackPane holder = new StackPane(centre);
        StackPane.setAlignment(centre, Pos.TOP_CENTER);
        BorderPane screen = new BorderPane(holder);
        Menu help = new Menu("Help");
        help.getItems().addAll(helpItems());
        screen.setTop(new MenuBar(file, edit, help));
        screen.setBottom(statusBar());
        return screen;
    }

    private Region statusBar() {
        Label status = new Label();
        status.textProperty().bind(runner.statusProperty());
        Label who = new Label();
        who.textProperty().bind(javafx.beans.binding.Bindings.concat("coder: ", session.coderProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, who, spacer, status);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    /** Why the last open failed (or what it fell back to), until dismissed or the next open. */
    private Region messageBar() {
        Label text = new Label();
        text.setId("project-message");
        text.setWrapText(true);
        text.textProperty().bind(session.messageProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button("OK");
        dismiss.setId("project-message-ok");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> session.messageProperty().set(null));
        HBox bar = new HBox(10, text, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("import-panel", "project-message-bar");
        bar.setMaxWidth(760);
        bar.setMaxHeight(Region.USE_PREF_SIZE);
        bar.visibleProperty().bind(session.messageProperty().isNotEmpty());
        // Low in the window: the menus and tabs stay in reach while it is read.
        StackPane.setAlignment(bar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(bar, new Insets(0, 0, 48, 0));
        return bar;
    }
}
