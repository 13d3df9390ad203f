package org.quire.ui.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;
import org.quire.ui.common.TaskRunner;

/**
 * The exports of File → Export: where the save dialog starts (the user's Documents folder, then the
 * folder used last), the file name it proposes, the export itself in the background, and the file
 * just written, which the window offers to open or show in its folder.
 */
public final class ExportsModel {
    /** Where the folder used last is kept between sessions. */
    public interface LastFolder {
        String get();

        void set(String folder);
    }

    private final Project project;
    private final TaskRunner tasks;
    private final LastFolder lastFolder;
    private final Consumer<Throwable> failed;
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty();

    public ExportsModel(Project project, TaskRunner tasks, LastFolder lastFolder, Consumer<Throwable> failed) {
        this.project = project;
        this.tasks = tasks;
        this.lastFolder = lastFolder;
        this.failed = failed;
    }

    /** The folder the save dialog opens in: the one used last if it still exists, else Documents, else home. */
    public Path startFolder() {
        return startFolder(lastFolder.get(), Path.of(System.getProperty("user.home")));
    }

    static Path startFolder(String last, Path home) {
        if (last != null && !last.isBlank() && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** "Fieldwork 2017–18 - Code book.xlsx": the project's title, what it is, the format's extension. */
    public String fileName(ExportOptions.What what, ExportOptions.Format format) {
        String title = project.title().replaceAll("[\\\\/:*?\"<>|]", "-").strip();
        return title + " - " + label(what) + "." + format.name().toLowerCase(Locale.ROOT);
    }

    /** What a person calls each export, in menus and file names. */
    public static String label(ExportOptions.What what) {
        return switch (what) {
            case CODEBOOK -> "Code book";
            case THEMES -> "Theme matrices";
            case MATRIX -> "Matrix coding query";
            case FRAMEWORK -> "Framework matrix";
            case REPORT -> "Report";
            case WORDS -> "Word frequencies";
            case PASSAGES -> "Coded passages";
        };
    }

    /** Writes the export to {@code file} in the background; then {@link #writtenProperty()} names it. */
    public void export(ExportOptions.What what, ExportOptions.Format format, Path file) {
        export(ExportOptions.of(format, what), file);
    }

    /** As {@link #export(ExportOptions.What, ExportOptions.Format, Path)}, with the export's own options (which nodes). */
    public void export(ExportOptions options, Path file) {
        written.set(null);
        message.set("Exporting the " + label(options.what()).toLowerCase(Locale.ROOT) + " to " + file.getFileName()
                + "…");
        tasks.run("Exporting " + file.getFileName(), () -> project.exports().export(options, file),
                this::wrote, e -> {
                    message.set(null);
                    failed.accept(e);
                });
    }

    /** Remembers the file's folder for the next save dialog and offers the file to open. */
    private void wrote(Path file) {
        if (file.getParent() != null) {
            lastFolder.set(file.toAbsolutePath().getParent().toString());
        }
        message.set("Exported to " + file);
        written.set(file);
    }

    /** The file the last export wrote, or null. */
    public ObjectProperty<Path> writtenProperty() {
        return written;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
