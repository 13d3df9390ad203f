package org.quire.ui.projects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.QuireException;
import org.quire.service.Project;
import org.quire.ui.common.TaskRunner;
import org.quire.ui.prefs.UserSettings;

/**
 * Which project the window shows and who is working in it: new, open, open recent, close, and a
 * change of coder. Every open and close runs in the background; the project open now stays open
 * until another has opened successfully, so a locked, missing or damaged project leaves the
 * workbench as it was, with a message saying why. Knows no JavaFX controls.
 */
public final class ProjectSession {
    /** A line of File → Open recent: greyed out when its folder is no longer there. */
    public record RecentEntry(Path folder, String title, boolean available) {
        /** The title (or folder name) and where the project lives. */
        public String label() {
            String name = title == null || title.isBlank() ? String.valueOf(folder.getFileName()) : title;
            return name + "  —  " + folder + (available ? "" : "  (folder not found)");
        }
    }

    /** A project just opened, with the title read while still off the JavaFX thread. */
    private record Opened(Project project, String title, String note) {
    }

    private final TaskRunner tasks;
    private final UserSettings settings;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty coder = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty progress = new SimpleStringProperty();
    private final javafx.beans.property.DoubleProperty progressDone = new javafx.beans.property.SimpleDoubleProperty(-1);
    private final ObservableList<RecentEntry> recent = FXCollections.observableArrayList();

    /**
     * @param coder who is working: the name from the user's settings, else $QUIRE_CODER or the
     *              operating-system user name
     */
    public ProjectSession(TaskRunner tasks, UserSettings settings, String coder) {
        this.tasks = tasks;
        this.settings = settings;
        this.coder.set(coder);
    }

    /** The open project, or null when none is (the start screen shows). */
    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project;
    }

    /** The open project's title, empty when none is open; the window title shows it. */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** The coder's name the open project records changes under. */
    public ReadOnlyStringProperty coderProperty() {
        return coder;
    }

    /** Why the last open, create or coder change failed (or what it fell back to); null when nothing to say. */
    public StringProperty messageProperty() {
        return message;
    }

    /** What a long open is doing now (building the sample: "Importing …"), null when nothing long runs. */
    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    /** How far that is, 0 to 1; -1 when not known. */
    public javafx.beans.property.ReadOnlyDoubleProperty progressDoneProperty() {
        return progressDone;
    }

    /** Reports the progress of the open under way; call on the JavaFX thread. */
    public void progress(String what, double done) {
        if (busy.get()) {
            progress.set(what);
            progressDone.set(done);
        }
    }

    /** True while a project is being opened, created or closed: the menus wait. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** File → Open recent, most recent first. */
    public ObservableList<RecentEntry> recent() {
        return recent;
    }

    /**
     * Opens the project named on the command line; without one, the project opened last, and when
     * there is none (or it cannot be opened) the project {@code fallback} gives — the sample.
     */
    public void openAtStart(Path requested, Callable<Path> fallback) {
        String who = coder.get();
        Path last = settings.lastProject();
        start("Opening the project", () -> {
            if (requested != null) {
                return opened(requested, who, null);
            }
            String note = null;
            if (last != null && !Files.isDirectory(last)) {
                note = "The project opened last, " + last + ", is no longer there (moved or deleted)."
                        + " The sample project is open instead.";
            } else if (last != null) {
                try {
                    return opened(last, who, null);
                } catch (RuntimeException e) {
                    note = "Could not reopen " + last + ": " + e.getMessage() + " The sample project is open instead.";
                }
            }
            return opened(fallback.call(), who, note);
        }, requested);
    }

    /** Opens the project in {@code folder}; the current one closes once the new one is open. */
    public void open(Path folder) {
        Project current = project.get();
        if (busy.get() || folder == null || (current != null && same(current.folder(), folder))) {
            return;
        }
        String who = coder.get();
        start("Opening " + folder.getFileName(), () -> {
            Opened next = opened(folder, who, null);
            closeQuietly(current);
            return next;
        }, folder);
    }

    /**
     * Creates a project named {@code name} (the folder, ".quire" added) inside {@code parent}, with
     * {@code title} (blank: the name), and opens it in place of the current one.
     */
    public void create(Path parent, String name, String title) {
        create(parent, name, title, "en");
    }

    /** As {@link #create(Path, String, String)}, searching the text in {@code language} (see Project.languages()). */
    public void create(Path parent, String name, String title, String language) {
        create(parent, name, title, language, false);
    }

    /**
     * As {@link #create(Path, String, String, String)}; {@code learning} (the answer to "Are you
     * learning thematic analysis?") makes the guide open with the project, then and every time after.
     */
    public void create(Path parent, String name, String title, String language, boolean learning) {
        if (busy.get()) {
            return;
        }
        if (parent == null || name == null || name.isBlank()) {
            message.set("Give the new project a name and a folder to keep it in.");
            return;
        }
        String clean = name.strip();
        if (clean.contains("/") || clean.contains("\\")) {
            message.set("The project name '" + clean + "' cannot contain / or \\: it becomes a folder name.");
            return;
        }
        Path folder = parent.resolve(clean.endsWith(".quire") ? clean : clean + ".quire");
        String who = coder.get();
        Project current = project.get();
        String chosenTitle = title == null || title.isBlank() ? clean.replaceFirst("\\.quire$", "") : title.strip();
        start("Creating " + folder.getFileName(), () -> {
            if (!Files.isDirectory(parent)) {
                throw new QuireException("Cannot create the project: the folder " + parent + " does not exist.");
            }
            Project created = Project.create(folder, chosenTitle, who, language);
            if (learning) {
                created.guide().showOnOpen(true);
            }
            closeQuietly(current);
            return new Opened(created, created.title(), null);
        }, null);
    }

    /** Closes the open project; the window shows the start screen. */
    public void close() {
        Project current = project.get();
        if (busy.get() || current == null) {
            return;
        }
        busy.set(true);
        tasks.run("Closing " + title.get(), () -> {
            current.close();
            return current;
        }, closed -> {
            busy.set(false);
            show(null, "");
        }, e -> {
            busy.set(false);
            show(null, "");
            message.set("The project was closed, but not cleanly: " + e.getMessage());
        });
    }

    /**
     * Makes {@code name} the coder from the next action on. The open project records its coder when
     * it opens (every service stamps changes with it), so it is closed and opened again under the
     * new name; should that fail, it is opened again under the old one and the message says why.
     */
    public void changeCoder(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            message.set("Your name cannot be empty: it is recorded with every change you make.");
            return;
        }
        if (busy.get() || clean.equals(coder.get())) {
            return;
        }
        Project current = project.get();
        String previous = coder.get();
        if (current == null) {
            remember(clean);
            return;
        }
        busy.set(true);
        tasks.run("Switching coder to " + clean, () -> {
            Path folder = current.folder();
            current.close();
            try {
                return opened(folder, clean, null);
            } catch (RuntimeException e) {
                Opened back = opened(folder, previous, null);
                return new Opened(back.project(), back.title(), "Your name was not changed: " + e.getMessage());
            }
        }, next -> {
            busy.set(false);
            if (next.note() == null) {
                remember(clean);
            }
            show(next.project(), next.title());
            message.set(next.note());
        }, e -> {
            busy.set(false);
            show(null, "");
            message.set("The project could not be opened again: " + e.getMessage());
        });
    }

    /** Re-reads the recent list, checking which folders are still there. */
    public void refreshRecent() {
        List<UserSettings.Recent> list = settings.recent();
        tasks.run("Checking recent projects", () -> list.stream()
                .map(r -> new RecentEntry(r.folder(), r.title(), Files.isDirectory(r.folder()))).toList(),
                recent::setAll, e -> recent.clear());
    }

    /** Empties File → Open recent. */
    public void clearRecent() {
        settings.clearRecent();
        recent.clear();
    }

    /** Closes the open project when the window closes; runs on the calling thread. */
    public void shutdown() {
        Project current = project.get();
        project.set(null);
        closeQuietly(current);
    }

    private void start(String description, Callable<Opened> work, Path target) {
        busy.set(true);
        message.set(null);
        tasks.run(description, work, next -> {
            busy.set(false);
            progress.set(null);
            progressDone.set(-1);
            show(next.project(), next.title());
            settings.opened(next.project().folder(), next.title());
            message.set(next.note());
            refreshRecent();
        }, e -> {
            busy.set(false);
            progress.set(null);
            progressDone.set(-1);
            message.set(why(e, target));
            if (target != null && e instanceof MissingFolder) {
                settings.forget(target);
            }
            refreshRecent();
        });
    }

    private void show(Project next, String nextTitle) {
        title.set(nextTitle == null ? "" : nextTitle);
        project.set(next);
    }

    private void remember(String name) {
        settings.setCoder(name);
        coder.set(name);
    }

    private String why(Throwable e, Path target) {
        String reason = e instanceof QuireException ? e.getMessage()
                : "Could not open " + target + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
        Project current = project.get();
        return current == null ? reason : reason + " '" + title.get() + "' is still open.";
    }

    private static Opened opened(Path folder, String who, String note) {
        if (!Files.isDirectory(folder)) {
            throw new MissingFolder(folder);
        }
        Project p = Project.open(folder, who);
        org.quire.ui.common.StartupTimeline.mark("project open");
        // The first export of a session would otherwise spend about a second loading POI.
        org.quire.service.exchange.ExportService.warmUpInBackground();
        try {
            return new Opened(p, p.title(), note);
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    private static void closeQuietly(Project p) {
        if (p != null) {
            try {
                p.close();
            } catch (RuntimeException e) {
                // The new project is open and every change was committed as it was made; a failure
                // releasing the old one's files must not stop the switch.
                System.getLogger(ProjectSession.class.getName()).log(System.Logger.Level.WARNING,
                        "Closing " + p.folder() + " failed", e);
            }
        }
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** A recent project whose folder was moved or deleted: it leaves the recent list. */
    private static final class MissingFolder extends QuireException {
        MissingFolder(Path folder) {
            super("The project folder " + folder + " is no longer there (moved or deleted); it was removed from"
                    + " the recent projects.");
        }
    }
}
