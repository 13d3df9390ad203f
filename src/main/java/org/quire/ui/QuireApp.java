package org.quire.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.quire.service.Project;
import org.quire.service.SampleProject;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;

/**
 * The workbench application. Opens the project named on the command line, else the sample project
 * in the user's data folder (built there from sample-data/ the first time, so a source checkout
 * stays clean).
 */
public final class QuireApp extends Application {
    private static final String CODER_KEY = "coder";

    private FxTaskRunner runner;
    private Project project;

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        Preferences prefs = Preferences.userNodeForPackage(QuireApp.class);
        String coder = prefs.get(CODER_KEY, null);
        if (coder == null) {
            coder = askCoder().orElse(System.getProperty("user.name", "Researcher"));
            prefs.put(CODER_KEY, coder);
        }
        stage.setTitle("Quire");
        stage.setScene(new Scene(new VBox(12, new ProgressIndicator(), new Label("Opening the project…")), 1280, 820));
        restoreBounds(stage, prefs);
        stage.setOnCloseRequest(e -> saveBounds(stage, prefs));
        stage.show();
        List<String> args = getParameters().getRaw();
        Path folder = args.isEmpty() ? null : Path.of(args.get(0));
        String who = coder;
        runner.run("Opening the project", () -> openProject(folder, who), opened -> {
            project = opened;
            WorkbenchViewModel vm = new WorkbenchViewModel(opened, runner);
            vm.titleProperty().addListener((obs, old, t) -> stage.setTitle(t + " — Quire"));
            stage.getScene().setRoot(new WorkbenchView(vm, runner).build());
            vm.load();
        }, error -> {
            stage.getScene().setRoot(new VBox(new Label("Quire could not open the project: " + error.getMessage())));
        });
    }

    /** The window opens where the user left it, at its last size. */
    private static void restoreBounds(Stage stage, Preferences prefs) {
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setWidth(prefs.getDouble("window.width", 1280));
        stage.setHeight(prefs.getDouble("window.height", 820));
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
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

    private static Optional<String> askCoder() {
        TextInputDialog dialog = new TextInputDialog(System.getProperty("user.name", ""));
        dialog.setTitle("Welcome to Quire");
        dialog.setHeaderText("Your name is recorded with every change you make (the audit trail).");
        dialog.setContentText("Your name:");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    static Project openProject(Path folder, String coder) throws Exception {
        if (folder != null) {
            return Project.open(folder, coder);
        }
        Path sample = dataFolder().resolve("Sample.quire");
        if (Files.exists(sample.resolve("project.mv.db"))) {
            return Project.open(sample, coder);
        }
        Files.createDirectories(sample.getParent());
        SampleProject.build(SampleProject.findManifest(Path.of("")), sample).close();
        return Project.open(sample, coder);
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
        if (project != null) {
            project.close();
        }
        Platform.exit();
    }

    /** Starts the workbench; {@code args} may name a project folder. */
    public static void launchWorkbench(String[] args) {
        Application.launch(QuireApp.class, args);
    }
}
