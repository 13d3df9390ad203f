package org.quire.ui.queries;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.Node;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.queries.ScopeChoices;
import org.quire.ui.common.TaskRunner;
import org.quire.ui.common.UndoStack;

/**
 * The workbench's query screens — word frequency, coding query, matrix and the saved queries —
 * and what their pickers offer (node paths, folders, attribute values). Plain Java over the
 * services; every call to the project runs through the {@link TaskRunner}.
 */
public final class QueriesModel {
    /** Where a passage opens: the workbench's document view, with the passage selected. */
    public interface Opener extends BiConsumer<Source, Span> {
    }

    private final Project project;
    private final TaskRunner tasks;
    private final Consumer<Throwable> errors;
    private final ObservableList<String> nodePaths = FXCollections.observableArrayList();
    private final ObjectProperty<ScopeChoices> choices = new SimpleObjectProperty<>(
            new ScopeChoices(List.of(), Map.of()));
    private final WordsModel words;
    private final CodingQueryModel coding;
    private final MatrixModel matrix;
    private final SavedQueriesModel saved;

    public QueriesModel(Project project, TaskRunner tasks, UndoStack undo, Consumer<Throwable> errors, Opener opener) {
        this.project = project;
        this.tasks = tasks;
        this.errors = errors;
        this.words = new WordsModel(project, tasks, errors);
        this.saved = new SavedQueriesModel(project, tasks, undo, errors);
        this.coding = new CodingQueryModel(project, tasks, errors, opener, saved);
        this.matrix = new MatrixModel(project, tasks, errors, opener);
    }

    /** Reloads the node paths, folders and attribute values the pickers offer, and the saved queries. */
    public void refresh() {
        tasks.run("Reading the code book", () -> {
            NodeTree tree = project.nodes().tree();
            return tree.depthFirst().stream().map((Node n) -> tree.path(n.id())).toList();
        }, paths -> {
            // Replacing a list a picker shows can clear the picker's choice: only replace a changed one.
            if (!nodePaths.equals(paths)) {
                nodePaths.setAll(paths);
            }
        }, errors);
        tasks.run("Reading folders and attributes", () -> project.queries().scopeChoices(), choices::set, errors);
        saved.reload();
    }

    /** Every node path in code-book order. */
    public ObservableList<String> nodePaths() {
        return nodePaths;
    }

    public ObjectProperty<ScopeChoices> choicesProperty() {
        return choices;
    }

    public WordsModel words() {
        return words;
    }

    public CodingQueryModel coding() {
        return coding;
    }

    public MatrixModel matrix() {
        return matrix;
    }

    public SavedQueriesModel saved() {
        return saved;
    }
}
