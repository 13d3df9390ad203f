package org.quire.ui.themes;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;
import org.quire.ui.common.TaskRunner;

/**
 * The export half of the matrix screens: a folder typed in the window (no file dialog, which
 * renders black without a window manager and cannot be driven in tests), a file name made from
 * what is exported, the export run in the background, and a line saying where the file went.
 */
final class MatrixExports {
    private final Project project;
    private final TaskRunner tasks;
    private final StringProperty folder = new SimpleStringProperty();
    private final StringProperty message;

    MatrixExports(Project project, TaskRunner tasks, StringProperty message) {
        this.project = project;
        this.tasks = tasks;
        this.message = message;
        Path parent = project.folder().toAbsolutePath().getParent();
        // Beside the project folder: the researcher finds it where the project lives, and it never
        // lands inside the project folder, which Quire owns.
        folder.set(parent == null ? "" : parent.toString());
    }

    StringProperty folderProperty() {
        return folder;
    }

    /**
     * {@code FOLDER/<project title> - <name>.<ext>}, without the characters some file systems refuse.
     * Reads the project's title: call it off the JavaFX thread.
     */
    Path file(Path folder, String name, ExportOptions.Format format) {
        String base = (project.title() + " - " + name).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "")
                .replaceAll("\\s+", " ").strip();
        return folder.resolve(base + "." + format.name().toLowerCase(Locale.ROOT));
    }

    /** Writes the export in the background, then says where it went (or why it could not). */
    void run(String name, ExportOptions options, Consumer<Path> done) {
        String dir = folder.get() == null ? "" : folder.get().strip();
        if (dir.isEmpty()) {
            message.set("Type the folder to export to first");
            return;
        }
        Path where;
        try {
            where = Path.of(dir);
        } catch (java.nio.file.InvalidPathException e) {
            message.set("Cannot export to '" + dir + "': " + e.getReason());
            return;
        }
        message.set("Exporting the " + name + " to " + where + "…");
        // The project's title names the file: read with the export, off the JavaFX thread. A failure is
        // said in the screen, beside the buttons, rather than in a separate dialog.
        tasks.run("Exporting the " + name, () -> project.exports().export(options, file(where, name,
                options.format())), written -> {
                    message.set("Exported the " + name + " to " + written);
                    done.accept(written);
                }, e -> message.set("Export failed: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()) + ". Nothing was written."));
    }
}
