package org.quire.ui.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.service.Project;
import org.quire.service.exchange.QdpxImportOptions;
import org.quire.service.exchange.RefiService;
import org.quire.ui.common.TaskRunner;

/**
 * REFI-QDA in the workbench: exporting this project as QDPX or its code book as QDC, and opening
 * a QDPX as a new project, each as background work with progress and a result (the import report)
 * shown in {@link RefiPanel}.
 */
public final class RefiViewModel {
    private final Project project;
    private final TaskRunner tasks;
    private final StringProperty heading = new SimpleStringProperty("");
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty visible = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> createdProject = new SimpleObjectProperty<>();
    /** True while the user is asked whether files outside the archive may be read. */
    private final BooleanProperty asking = new SimpleBooleanProperty(false);
    private Path pendingQdpx;
    private Path pendingFolder;

    public RefiViewModel(Project project, TaskRunner tasks) {
        this.project = project;
        this.tasks = tasks;
    }

    /** Writes the whole project to {@code file} as a QDPX. */
    public void exportQdpx(Path file) {
        start("Export to " + file.getFileName());
        tasks.run("Exporting " + file.getFileName(), () -> project.refi().exportProject(file, "standard", this::step),
                e -> finish(List.of("Exported " + plural(e.sources(), "source") + " and "
                        + plural(e.passages(), "coded or annotated passage") + " to " + e.file(),
                        "NVivo, ATLAS.ti, MAXQDA and QualCoder open it with their REFI-QDA (QDPX) import.")),
                this::failed);
    }

    /** Writes the code book to {@code file} as a QDC. */
    public void exportQdc(Path file) {
        start("Export the code book to " + file.getFileName());
        tasks.run("Exporting " + file.getFileName(), () -> project.refi().exportCodeBook(file),
                written -> finish(List.of("Exported the code book to " + written)), this::failed);
    }

    /**
     * Creates a new project in {@code folder} from {@code qdpx} and shows the import report. When
     * the file names files outside its archive, the user is first shown them and asked
     * ({@link #askingProperty()}): import without them, or allow one folder to read them from.
     */
    public void importProject(Path qdpx, Path folder) {
        start("Import " + qdpx.getFileName());
        createdProject.set(null);
        tasks.run("Reading " + qdpx.getFileName(), () -> RefiService.outsidePaths(qdpx), paths -> {
            if (paths.isEmpty()) {
                runImport(qdpx, folder, null);
                return;
            }
            pendingQdpx = qdpx;
            pendingFolder = folder;
            progress.set(-1);
            List<String> out = new ArrayList<>();
            out.add("This file names " + plural(paths.size(), "file") + " outside its archive:");
            paths.forEach(p -> out.add("  " + p));
            out.add("Quire reads none of them unless you allow one folder,");
            out.add("and then only files whose real path (links followed) lies inside it.");
            out.add("Without them, the sources they hold are left out and listed in the report.");
            lines.setAll(out);
            asking.set(true);
        }, this::failed);
    }

    /** The user's answer: import, leaving out the files outside the archive. */
    public void importWithoutOutsideFiles() {
        if (asking.get()) {
            asking.set(false);
            runImport(pendingQdpx, pendingFolder, null);
        }
    }

    /** The user's answer: import, reading the files outside the archive that lie in {@code allowed}. */
    public void importAllowingFilesIn(Path allowed) {
        if (asking.get()) {
            asking.set(false);
            runImport(pendingQdpx, pendingFolder, allowed);
        }
    }

    private void runImport(Path qdpx, Path folder, Path allowed) {
        progress.set(0);
        lines.clear();
        String coder = project.coder().name();
        tasks.runStoppable("Importing " + qdpx.getFileName(), cancelled -> {
            QdpxImportOptions options = QdpxImportOptions.defaults().stoppedWhen(cancelled);
            Project.Imported imported = Project.importQdpx(qdpx, folder, coder,
                    allowed == null ? options : options.allowingFilesIn(allowed), this::step);
            // The new project opens in its own window; this one keeps its own project open.
            imported.project().close();
            return imported;
        }, imported -> {
            List<String> out = new ArrayList<>();
            out.add("Created the project " + folder);
            out.addAll(imported.report().lines());
            createdProject.set(folder);
            finish(out);
        }, this::failed);
    }

    /**
     * Has "Open the new project" open it in this window (closing the one open now), as the
     * workbench's project shell does; without it a second Quire process opens it.
     */
    public void openInWindow(java.util.function.Consumer<Path> opener) {
        this.opener = opener;
    }

    private java.util.function.Consumer<Path> opener;

    /**
     * Opens the project the last import created: in this window when the shell allows it (see
     * {@link #openInWindow}), else in a new workbench window (a second Quire process, as
     * {@code quire DIR} starts one).
     */
    public void openCreated() {
        Path folder = createdProject.get();
        if (folder == null) {
            return;
        }
        if (opener != null) {
            visible.set(false);
            opener.accept(folder);
            return;
        }
        tasks.run("Opening " + folder.getFileName(), () -> {
            String java = ProcessHandle.current().info().command().orElse("java");
            return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                    System.getProperty("java.class.path"), "org.quire.Main", folder.toString()).inheritIO().start();
        }, started -> lines.add("Opening " + folder + " in a new window…"),
                e -> lines.add("Could not open a new window (" + e.getMessage() + "); open it with: quire " + folder));
    }

    private static String plural(int n, String one) {
        return n + " " + one + (n == 1 ? "" : "s");
    }

    private void start(String title) {
        asking.set(false);
        heading.set(title);
        lines.clear();
        progress.set(0);
        visible.set(true);
    }

    private void step(String phase, int done, int total) {
        tasks.onUi(() -> progress.set(total == 0 ? 0 : (double) done / total));
    }

    private void finish(List<String> result) {
        progress.set(-1);
        lines.setAll(result);
    }

    private void failed(Throwable e) {
        progress.set(-1);
        asking.set(false);
        if (e instanceof java.util.concurrent.CancellationException) {
            lines.setAll("Stopped: no project was created.");
            return;
        }
        lines.setAll("Failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                "Nothing was changed.");
    }

    public StringProperty headingProperty() {
        return heading;
    }

    /** The result: the export summary or the import report, one line each. */
    public ObservableList<String> lines() {
        return lines;
    }

    /** 0 to 1 while work runs, -1 when idle. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** True while the panel asks whether files outside the archive may be read (see {@link #importProject}). */
    public BooleanProperty askingProperty() {
        return asking;
    }

    /** The file being imported while the user is asked, for the folder chooser to start beside it. */
    public Path pendingFile() {
        return pendingQdpx;
    }

    /** The folder of the project the last import created, or null. */
    public ObjectProperty<Path> createdProjectProperty() {
        return createdProject;
    }
}
