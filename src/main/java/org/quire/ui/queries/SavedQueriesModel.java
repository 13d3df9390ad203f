package org.quire.ui.queries;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.service.Project;
import org.quire.service.queries.SavedQuery;
import org.quire.ui.common.TaskRunner;
import org.quire.ui.common.UndoStack;

/** The saved queries listed under Queries in the navigation pane: rename and delete, both undoable. */
public final class SavedQueriesModel {
    private final Project project;
    private final TaskRunner tasks;
    private final UndoStack undo;
    private final Consumer<Throwable> errors;
    private final ObservableList<SavedQuery> queries = FXCollections.observableArrayList();

    SavedQueriesModel(Project project, TaskRunner tasks, UndoStack undo, Consumer<Throwable> errors) {
        this.project = project;
        this.tasks = tasks;
        this.undo = undo;
        this.errors = errors;
    }

    /** Saved queries by name. */
    public ObservableList<SavedQuery> queries() {
        return queries;
    }

    public void reload() {
        tasks.run("Reading saved queries", () -> project.queries().saved(), queries::setAll, errors);
    }

    /** Renames a saved query; undo gives it its old name back. */
    public void rename(SavedQuery q, String newName) {
        String oldName = q.name();
        perform(new UndoStack.Edit() {
            private String current;

            @Override
            public String description() {
                return "rename query '" + oldName + "' to '" + newName.strip() + "'";
            }

            @Override
            public void redo() {
                current = project.queries().rename(oldName, newName).name();
                tasks.onUi(SavedQueriesModel.this::reload);
            }

            @Override
            public void undo() {
                project.queries().rename(current, oldName);
                tasks.onUi(SavedQueriesModel.this::reload);
            }
        });
    }

    /** Deletes a saved query; undo saves it again with the same name, expression and conditions. */
    public void delete(SavedQuery q) {
        perform(new UndoStack.Edit() {
            @Override
            public String description() {
                return "delete query '" + q.name() + "'";
            }

            @Override
            public void redo() {
                project.queries().delete(q.name());
                tasks.onUi(SavedQueriesModel.this::reload);
            }

            @Override
            public void undo() {
                project.queries().save(q.name(), q.expression(), q.filter());
                tasks.onUi(SavedQueriesModel.this::reload);
            }
        });
    }

    // The edit runs in the background; only once it has succeeded does it become undoable.
    private void perform(UndoStack.Edit edit) {
        tasks.run(edit.description(), () -> {
            edit.redo();
            return edit;
        }, undo::push, errors);
    }
}
