package org.quire.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.quire.service.SampleProject;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.common.StartupTimeline;
import org.quire.ui.prefs.DisplaySettings;
import org.quire.ui.prefs.UserSettings;
import org.quire.ui.projects.ProjectSession;
import org.quire.ui.projects.ProjectShell;

/**
 * The workbench application. Opens the project named on the command line, else the project opened
 * last, else the sample project in the user's data folder (built there from sample-data/ the first
 * time, so a source checkout stays clean). Given a REFI-QDA file (.qdpx), as a file manager passes
 * one on a double-click, it imports that as a new project once the window shows.
 */
public final class QuireApp extends Application {
    private FxTaskRunner runner;
    private ProjectSession session;

    @Override
    public void start(Stage stage) {
        StartupTimeline.mark("window: start");
        runner = new FxTaskRunner();
        Preferences prefs = Preferences.userNodeForPackage(QuireApp.class);
        UserSettings settings = UserSettings.ofUser();
        String coder = settings.coder();
        boolean firstStart = coder == null;
        if (firstStart) {
            // Confirmed (or changed) in the welcome panel below; until then changes carry this name.
            coder = defaultCoder(System.getenv("QUIRE_CODER"), System.getProperty("user.name"));
            settings.setCoder(coder);
        }
        session = new ProjectSession(runner, settings, coder);
        ProjectShell shell = new ProjectShell(session, runner, DisplaySettings.ofUser(),
                uri -> getHostServices().showDocument(uri));
        shell.sampleFrom(() -> sampleProject(SampleProject.Progress.NONE));
        List<String> args = getParameters().getRaw();
        Path requested = args.isEmpty() ? null : Path.of(args.get(0));
        if (requested != null && ProjectShell.isQdpx(requested)) {
            // Opened on a REFI-QDA file: the usual project opens, then the file is imported as a new one.
            shell.importWhenOpen(requested);
            requested = null;
        }
        // The project opens in the background while the window is built and shown; it appears in
        // the window once both are done (the shell shows whatever project is open when it is built).
        ProjectSession opening = session;
        session.openAtStart(requested, () -> sampleProject((what, done, total) -> javafx.application.Platform.runLater(
                () -> opening.progress("Building the sample project: " + what + "…", (double) done / total))));
        stage.titleProperty().bind(shell.windowTitle());
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    QuireApp.class.getResource("/org/quire/ui/icons/quire-" + size + ".png").toExternalForm(), true));
        }
        javafx.scene.Parent root = shell.build();
        StartupTimeline.mark("window: shell built");
        stage.setScene(new Scene(root));
        StartupReport.watch(stage.getScene(), () -> shell.workbench() == null ? null : shell.workbench().viewModel());
        restoreBounds(stage, prefs);
        stage.setOnCloseRequest(e -> saveBounds(stage, prefs));
        // Hidden until the project opening now is in it: see ProjectShell.showWhenOpen.
        shell.showWhenOpen(stage, SHOW_WAIT, () -> {
            if (firstStart) {
                shell.welcome();
            }
        });
    }

    /**
     * How long the window may wait, hidden, for the project it opens at start (a project at ten
     * times a thesis opens in about half a second on a laptop); a slower one (a schema upgrade, the
     * sample built at the first start) shows the start screen saying what it is doing.
     */
    static final javafx.util.Duration SHOW_WAIT = javafx.util.Duration.millis(1000);

    /** $QUIRE_CODER (as on the command line), else the operating-system user name. */
    static String defaultCoder(String env, String userName) {
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return userName == null || userName.isBlank() ? "Researcher" : userName;
    }

    /**
     * The window opens where the user left it, at its last size (never larger than the screen), or
     * the first time at 80% of the screen, centred: some window managers otherwise give a new window
     * its minimum size.
     */
    private static void restoreBounds(Stage stage, Preferences prefs) {
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        javafx.geometry.Rectangle2D first = firstBounds(screen);
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        boolean onScreen = !Double.isNaN(x) && !Double.isNaN(y)
                && !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).isEmpty();
        stage.setWidth(Math.min(prefs.getDouble("window.width", first.getWidth()), screen.getWidth()));
        stage.setHeight(Math.min(prefs.getDouble("window.height", first.getHeight()), screen.getHeight()));
        stage.setX(onScreen ? x : first.getMinX());
        stage.setY(onScreen ? y : first.getMinY());
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    /** 80% of the screen's usable area, centred on it (and at least the window's minimum size). */
    static javafx.geometry.Rectangle2D firstBounds(javafx.geometry.Rectangle2D screen) {
        double w = Math.max(800, Math.round(screen.getWidth() * 0.8));
        double h = Math.max(500, Math.round(screen.getHeight() * 0.8));
        return new javafx.geometry.Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    private static void saveBounds(Stage stage, Preferences prefs) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
        }
    }

    /** The sample project in the user's data folder, built there the first time from the copy inside Quire. */
    static Path sampleProject(SampleProject.Progress progress) throws Exception {
        Path sample = dataFolder().resolve("Sample.quire");
        if (!Files.exists(sample.resolve("project.mv.db"))) {
            Files.createDirectories(sample.getParent());
            // Built beside its place and moved there whole: a start stopped half-way (the window
            // closed, the laptop's battery) leaves no half-built sample to open next time.
            Path building = sample.resolveSibling("Sample.quire.building-" + ProcessHandle.current().pid());
            deleteTree(building);
            SampleProject.build(building, progress).close();
            deleteTree(sample);
            Files.move(building, sample, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return sample;
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Where Quire keeps the user's own files: the platform's application-data folder. */
    static Path dataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "Quire");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Quire");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("quire");
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (session != null) {
            session.shutdown();
        }
        Platform.exit();
    }

    /** Starts the workbench; {@code args} may name a project folder. */
    public static void launchWorkbench(String[] args) {
        Application.launch(QuireApp.class, args);
    }
}
