package org.quire.ui.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.NodePath;
import org.quire.model.NodeTree;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.ProjectContents;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportOutcome;
import org.quire.ui.common.Highlight;
import org.quire.ui.common.NodeRow;
import org.quire.ui.common.OpenDocument;
import org.quire.ui.common.TaskRunner;
import org.quire.ui.common.UndoStack;
import org.quire.ui.common.Workbench;

/**
 * State and actions of the workbench window: the sources, the code book with counts, the open
 * document with its coded passages, quick coding and undo. It knows no JavaFX controls, so it is
 * tested as plain Java with a same-thread task runner.
 */
public final class WorkbenchViewModel implements Workbench {
    private final Project project;
    private final TaskRunner tasks;
    private final UndoStack undo = new UndoStack();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObservableList<NodeRow> nodes = FXCollections.observableArrayList();
    private final ObjectProperty<OpenDocument> document = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty notice = new SimpleStringProperty();
    private final ObservableList<ImportOutcome> importResults = FXCollections.observableArrayList();
    private final javafx.beans.property.DoubleProperty importProgress = new javafx.beans.property.SimpleDoubleProperty(-1);

    public WorkbenchViewModel(Project project, TaskRunner tasks) {
        this.project = project;
        this.tasks = tasks;
        this.refi = new RefiViewModel(project, tasks);
        this.documents = new org.quire.ui.document.DocumentTabsModel(project, tasks, document, sources, this::fail);
        this.reviewMarks = new org.quire.ui.common.ReviewMarks(project, tasks, this::fail);
    }

    private final org.quire.ui.common.ReviewMarks reviewMarks;

    private final org.quire.ui.document.DocumentTabsModel documents;

    /** The sources open in document tabs; {@link #documentProperty()} is the selected one. */
    public org.quire.ui.document.DocumentTabsModel documents() {
        return documents;
    }

    private final RefiViewModel refi;

    /** REFI-QDA export and project import (File menu). */
    public RefiViewModel refi() {
        return refi;
    }

    public ObservableList<Source> sources() {
        return sources;
    }

    @Override
    public ObservableList<NodeRow> nodes() {
        return nodes;
    }

    @Override
    public ObjectProperty<OpenDocument> documentProperty() {
        return document;
    }

    private final StringProperty errorDetails = new SimpleStringProperty();

    /** The stack trace behind the last error when it was not the user's doing, else null. */
    public StringProperty errorDetailsProperty() {
        return errorDetails;
    }

    /** The last error, in words for the user; the view shows it and clears it. */
    @Override
    public StringProperty errorProperty() {
        return error;
    }

    /** Per-file results of the last import, in the order the files finished. */
    public ObservableList<ImportOutcome> importResults() {
        return importResults;
    }

    /** Progress of the running import from 0 to 1, or -1 when none runs. */
    public javafx.beans.property.DoubleProperty importProgressProperty() {
        return importProgress;
    }

    /**
     * Imports files and folders in the background; each file's status appears in
     * {@link #importResults()} as it finishes, and the source list refreshes at the end.
     */
    public void importFiles(List<Path> paths) {
        importFiles(paths, "");
    }

    /**
     * Imports files and folders into a project folder ("" for the top); a folder comes in under its
     * own name, with its sub-folders.
     */
    public void importFiles(List<Path> paths, String folder) {
        importResults.clear();
        importProgress.set(0);
        tasks.run("Importing " + paths.size() + (paths.size() == 1 ? " item" : " items"),
                () -> project.sources().importAsFolders(paths, ImportOptions.defaults().withFolder(folder),
                        (done, total, outcome) ->
                        tasks.onUi(() -> {
                            importResults.add(outcome);
                            importProgress.set((double) done / total);
                        }), () -> cancelImport), outcomes -> {
                    // Runs after the progress updates queued above, so every file is listed once.
                    importResults.setAll(outcomes);
                    importProgress.set(-1);
                    cancelImport = false;
                    load();
                }, e -> {
                    importProgress.set(-1);
                    fail(e);
                });
    }

    /** Asks the running import to stop after the current file. */
    public void cancelImport() {
        cancelImport = true;
    }

    private volatile boolean cancelImport;

    /** The open project, for the screens that keep their own view models (themes, map, method). */
    @Override
    public Project project() {
        return project;
    }

    /** Reports a failure the way every workbench action does (a message, the stack trace under Details). */
    @Override
    public void report(Throwable failure) {
        fail(failure);
    }

    public UndoStack undoStack() {
        return undo;
    }

    private org.quire.ui.queries.QueriesModel queries;

    /** The query screens (word frequency, coding query, matrix, saved queries), sharing undo and errors. */
    public org.quire.ui.queries.QueriesModel queries() {
        if (queries == null) {
            queries = new org.quire.ui.queries.QueriesModel(project, tasks, undo, this::fail, this::openAt);
        }
        return queries;
    }

    private final StringProperty title = new SimpleStringProperty("");

    @Override
    public org.quire.ui.common.ReviewMarks reviewMarks() {
        return reviewMarks;
    }

    /** The project's title, loaded with {@link #load()}. */
    public StringProperty titleProperty() {
        return title;
    }

    /**
     * Loads the sources and the code book: first what the first screen shows (the top of each
     * list, a few milliseconds whatever the project's size), then, for a big project, the whole of
     * both lists in its place. The reference counts follow (a few tenths of a second at ten times a
     * thesis) and fill in the tree's count columns.
     */
    public void load() {
        tasks.run("Reading the project's title", project::title, title::set, this::fail);
        if (loaded.get()) {
            // Read again after an import: the lists are on screen already, so they are replaced
            // whole rather than shrunk to their first rows for a moment.
            tasks.run("Loading the project", () -> shown(project.contents()), this::show, this::fail);
            refreshNodes();
            reviewMarks().reload();
            return;
        }
        tasks.run("Loading the project", () -> {
            org.quire.ui.common.StartupTimeline.mark("first screen: reading");
            Shown first = shown(project.firstScreen());
            org.quire.ui.common.StartupTimeline.mark("first screen: read");
            tasks.onUi(() -> {
                org.quire.ui.common.StartupTimeline.mark("first screen: on the window thread");
                show(first);
                firstScreenShown.set(true);
                refreshNodes();
                // Behind the first screen: the markers of open review comments (one query).
                reviewMarks().reload();
            });
            return first.contents().complete() ? java.util.Optional.<Shown>empty()
                    : java.util.Optional.of(shown(project.contents()));
        }, rest -> rest.ifPresent(this::show), e -> {
            firstScreenShown.set(true);
            fail(e);
        });
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper firstScreenShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper();

    /**
     * Whether the first screen (the top of the sources and of the code book) is in the lists, or
     * could not be read: the window opening at start shows then, laid out once with it.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty firstScreenShownProperty() {
        return firstScreenShown.getReadOnlyProperty();
    }

    private static Shown shown(ProjectContents read) {
        List<NodeRow> rows = new ArrayList<>();
        NodeTree tree = read.codeBook();
        for (Node n : tree.depthFirst()) {
            rows.add(NodeRow.uncounted(n, tree.path(n.id()), tree.depth(n.id())));
        }
        return new Shown(read, rows);
    }

    private void show(Shown shown) {
        folders.setAll(shown.contents().folders());
        sources.setAll(shown.contents().sources());
        if (nodes.isEmpty() || !nodes.get(0).counted()) {
            nodes.setAll(shown.rows());
        }
        loaded.set(shown.contents().complete());
    }

    private record Shown(ProjectContents contents, List<NodeRow> rows) {
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper();

    /**
     * Whether every source and every node has been shown: until then the lists hold the first
     * screen of a big project (its first rows), which the whole lists replace a moment later.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    private final ObservableList<String> folders = FXCollections.observableArrayList();

    /**
     * Every folder of the Sources pane, each after its parent: read with {@link #sources()} and set
     * just before them, so a listener of the sources sees both.
     */
    public ObservableList<String> folders() {
        return folders;
    }

    private void refreshNodes() {
        List<NodeRow> shown = List.copyOf(nodes);
        tasks.run("Counting references", () -> {
            NodeTree tree = project.nodes().tree();
            Map<NodeId, NodeCounts> counts = project.nodes().counts();
            // A row that did not change is handed over as the same object: the code book then finds
            // the few rows a coding changed by identity instead of comparing thousands.
            Map<NodeId, NodeRow> before = new java.util.HashMap<>(shown.size() * 2);
            shown.forEach(r -> before.put(r.node().id(), r));
            List<NodeRow> rows = new ArrayList<>();
            for (Node n : tree.depthFirst()) {
                NodeCounts c = counts.get(n.id());
                NodeRow row = new NodeRow(n, tree.path(n.id()), tree.depth(n.id()), c == null ? 0 : c.references(),
                        c == null ? 0 : c.aggregateReferences(), c == null ? 0 : c.aggregateSources());
                NodeRow was = before.get(n.id());
                rows.add(was != null && was.equals(row) ? was : row);
            }
            return rows;
        }, rows -> {
            // Nothing changed (the edit touched no node's counts): the tree and the lists fed by it
            // are left alone.
            if (!sameRows(rows, nodes)) {
                nodes.setAll(rows);
            }
        }, this::fail);
    }

    private static boolean sameRows(List<NodeRow> a, List<NodeRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Opens a source in its own document tab, or selects its tab when it is open. */
    @Override
    public void open(Source source) {
        documents.open(source, null);
    }

    private final ObservableList<org.quire.service.search.SearchHit> searchHits = FXCollections.observableArrayList();
    private final StringProperty searchSummary = new SimpleStringProperty("");
    private final ObjectProperty<Span> reveal = new SimpleObjectProperty<>();
    private String lastQuery;

    /** Hits of the last search, in source order (keyword in context). */
    public ObservableList<org.quire.service.search.SearchHit> searchHits() {
        return searchHits;
    }

    /** "12 hits in 4 sources", or why a search found nothing. */
    public StringProperty searchSummaryProperty() {
        return searchSummary;
    }

    /** A range of the open document to select and scroll into view (set after open-at). */
    public ObjectProperty<Span> revealProperty() {
        return reveal;
    }

    /** Runs a text search over all sources. A malformed query is reported with what and where. */
    public void search(String query, boolean exact) {
        search(query, exact, org.quire.ui.queries.Scope.ALL);
    }

    /** Runs a text search over the sources (or coded text) of {@code scope}. */
    public void search(String query, boolean exact, org.quire.ui.queries.Scope scope) {
        if (query == null || query.isBlank()) {
            return;
        }
        tasks.run("Searching", () -> project.search().search(query.strip(), org.quire.service.search.SearchOptions.defaults()
                .exact(exact).filter(scope.filter()).inNode(scope.node(project)).limit(2000)), result -> {
                    lastQuery = query.strip();
                    searchHits.setAll(result.hits());
                    searchSummary.set(result.totalHits() + (result.totalHits() == 1 ? " hit" : " hits") + " in "
                            + result.totalSources() + (result.totalSources() == 1 ? " source" : " sources")
                            + scope.describe() + (result.truncated() ? " (first " + result.hits().size() + " shown)" : ""));
                }, e -> {
                    searchHits.clear();
                    searchSummary.set("");
                    fail(e);
                });
    }

    /** Opens a source with {@code span} selected and scrolled into view. */
    @Override
    public void openAt(Source source, Span span) {
        documents.open(source, doc -> {
            reveal.set(null);
            reveal.set(span);
        });
    }

    /**
     * Codes search hits at the node with this path (created when missing), spread to the hit, its
     * sentence or its paragraph: one undoable edit.
     */
    public void codeHits(List<org.quire.service.search.SearchHit> hits, String path, org.quire.service.search.Spread spread) {
        codeHits(hits, path, spread, null);
    }

    /** Codes search hits at a node made for them, with its description; refused when that node exists. */
    public void codeHitsAtNewNode(List<org.quire.service.search.SearchHit> hits, String path, String description,
                                  org.quire.service.search.Spread spread) {
        codeHits(hits, path, spread, description == null ? "" : description);
    }

    private void codeHits(List<org.quire.service.search.SearchHit> hits, String path,
                          org.quire.service.search.Spread spread, String newNodeDescription) {
        if (hits.isEmpty() || path == null || path.isBlank()) {
            return;
        }
        String query = lastQuery;
        List<org.quire.service.search.SearchHit> chosen = List.copyOf(hits);
        perform(new UndoStack.Edit() {
            private List<String> codingGuids = List.of();
            private String createdNodeGuid;

            @Override
            public String description() {
                return "code " + chosen.size() + (chosen.size() == 1 ? " search hit" : " search hits") + " at '"
                        + path.strip() + "'";
            }

            @Override
            public void redo() {
                if (newNodeDescription != null && createdNodeGuid == null && exists(path.strip())) {
                    throw new QuireException("There is already a node '" + path.strip() + "': use Code all hits…");
                }
                PlacedNode placed = nodeAt(path.strip(), newNodeDescription);
                createdNodeGuid = placed.createdGuid();
                codingGuids = project.search().codeHits(query, chosen, placed.node().id(), spread).created().stream()
                        .map(Coding::guid).toList();
            }

            @Override
            public void undo() {
                for (String guid : codingGuids) {
                    project.codings().delete(project.codings().byGuid(guid).id());
                }
                if (createdNodeGuid != null) {
                    project.nodes().delete(idOf(createdNodeGuid));
                }
            }
        });
    }

    /** Node paths for the quick-code box, in tree order. */
    @Override
    public List<String> nodePaths() {
        return nodes.stream().map(NodeRow::path).toList();
    }

    /**
     * Codes the selection of the open document at the node with this path, creating the node
     * (and missing parents) when it does not exist yet. One undoable edit.
     */
    @Override
    public void quickCode(String path, Span selection) {
        OpenDocument doc = document.get();
        if (doc == null || selection == null || selection.isEmpty()) {
            error.set("Select some text in a source first");
            return;
        }
        if (path == null || path.isBlank()) {
            return;
        }
        perform(new CodeEdit(doc.source(), path.strip(), selection, doc.text().extract(selection), null));
    }

    @Override
    public void codeAtNewNode(String path, String description, Span selection) {
        OpenDocument doc = document.get();
        if (doc == null || selection == null || selection.isEmpty()) {
            error.set("Select some text in a source first");
            return;
        }
        if (path == null || path.isBlank()) {
            error.set("Give the new node a name");
            return;
        }
        perform(new CodeEdit(doc.source(), path.strip(), selection, doc.text().extract(selection),
                description == null ? "" : description));
    }

    /** Makes a node (and any missing parents) with a description; one undoable edit. */
    public void createNode(String path, String description) {
        if (path == null || path.isBlank()) {
            error.set("Give the new node a name");
            return;
        }
        String wanted = path.strip();
        String[] made = {null};
        perform(edit("create node '" + wanted + "'", () -> {
            if (exists(wanted)) {
                throw new QuireException("There is already a node '" + wanted + "'");
            }
            made[0] = nodeAt(wanted, description).createdGuid();
        }, () -> {
            if (made[0] != null) {
                project.nodes().delete(idOf(made[0]));
            }
        }));
    }

    /** Renames a node (undoable). */
    public void renameNode(NodeRow row, String newName) {
        String oldName = row.node().name();
        String guid = row.node().guid();
        perform(edit("rename '" + oldName + "' to '" + newName.strip() + "'",
                () -> project.nodes().rename(idOf(guid), newName), () -> project.nodes().rename(idOf(guid), oldName)));
    }

    /** Moves a node under another (null: to the top level); undo moves it back. */
    public void moveNode(NodeRow row, NodeRow newParent) {
        NodeId from = row.node().parentId();
        NodeId to = newParent == null ? null : newParent.node().id();
        if (java.util.Objects.equals(from, to) || row.node().id().equals(to)) {
            return;
        }
        // Edits name nodes by GUID: an undone deletion brings nodes back under new ids.
        String guid = row.node().guid();
        String fromGuid = from == null ? null : nodes.stream().filter(r -> r.node().id().equals(from))
                .map(r -> r.node().guid()).findFirst().orElse(null);
        String toGuid = newParent == null ? null : newParent.node().guid();
        perform(edit("move '" + row.node().name() + "' to " + (newParent == null ? "the top level" : "'" + newParent.path() + "'"),
                () -> project.nodes().move(idOf(guid), toGuid == null ? null : idOf(toGuid)),
                () -> project.nodes().move(idOf(guid), fromGuid == null ? null : idOf(fromGuid))));
    }

    private NodeId idOf(String guid) {
        return project.nodes().byGuid(guid).id();
    }

    /** What deleting a node would take with it, for the confirmation. */
    public void deletionImpact(NodeRow row, java.util.function.Consumer<org.quire.service.nodes.NodeService.DeletionImpact> then) {
        tasks.run("Counting", () -> project.nodes().deletionImpact(row.node().id()), then, this::fail);
    }

    /** Deletes a node with its children and codings; undo restores all of it. */
    public void deleteNode(NodeRow row) {
        perform(new UndoStack.Edit() {
            private final String guid = row.node().guid();
            private org.quire.service.nodes.NodeService.DeletedNodes deleted;

            @Override
            public String description() {
                return "delete '" + row.path() + "'";
            }

            @Override
            public void redo() {
                deleted = project.nodes().delete(idOf(guid));
            }

            @Override
            public void undo() {
                project.nodes().restore(deleted);
            }
        });
    }

    private static UndoStack.Edit edit(String description, Runnable redo, Runnable undo) {
        return UndoStack.Edit.of(description, redo, undo);
    }

    /** What the last action did, for the status bar ("Coded 143 characters at Trust"). */
    public StringProperty noticeProperty() {
        return notice;
    }

    /** Makes an edit in the background, then records it for undo and refreshes the views. */
    private void perform(UndoStack.Edit edit) {
        tasks.run(edit.description(), () -> {
            edit.redo();
            return edit;
        }, done -> {
            // Refresh first: the undo stack's listeners queue their own reloads, which should not run
            // before the edited document's codings are read again.
            refresh();
            undo.push(done);
            if (done instanceof CodeEdit code) {
                notice.set(null);
                notice.set(code.said());
            }
        }, this::fail);
    }

    public void undo() {
        UndoStack.Edit e = undo.popUndo();
        if (e != null) {
            tasks.run(e.description(), () -> {
                e.undo();
                return e;
            }, x -> refresh(), this::fail);
        }
    }

    public void redo() {
        UndoStack.Edit e = undo.popRedo();
        if (e != null) {
            tasks.run(e.description(), () -> {
                e.redo();
                return e;
            }, x -> refresh(), this::fail);
        }
    }

    private void refresh() {
        // First in the queue: only the open sources' codings are read again, so the document being
        // coded repaints before the code book's counts come back.
        documents.reloadCodings();
        refreshNodes();
        // After the code book and the document are queued: panels reload behind what the reader sees.
        revision.set(revision.get() + 1);
    }

    private void fail(Throwable e) {
        // A researcher's mistake needs only its message; anything else also gets the trace for Details.
        if (e instanceof QuireException) {
            errorDetails.set(null);
            error.set(e.getMessage());
        } else {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            errorDetails.set(trace.toString());
            error.set("Something went wrong: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The node at a path, and the GUID of the topmost node created to reach it (null: none was). */
    private record PlacedNode(Node node, String createdGuid) {
    }

    /**
     * Finds the node at {@code path}, creating it and any missing parents. Undo deletes the topmost
     * created node, and with it everything made below it.
     */
    private boolean exists(String path) {
        try {
            project.nodes().find(path);
            return true;
        } catch (QuireException missing) {
            return false;
        }
    }

    private PlacedNode nodeAt(String path, String description) {
        List<String> names = NodePath.parse(path);
        String firstMissing = null;
        for (int i = 1; i <= names.size() && firstMissing == null; i++) {
            String prefix = NodePath.join(names.subList(0, i));
            try {
                project.nodes().find(prefix);
            } catch (QuireException missing) {
                firstMissing = prefix;
            }
        }
        Node node = project.nodes().createPath(path, description, null);
        return new PlacedNode(node, firstMissing == null ? null : project.nodes().find(firstMissing).guid());
    }

    /** Coding a passage at a node, creating the node if needed; undo removes both again. */
    private final class CodeEdit implements UndoStack.Edit {
        private final Source source;
        private final String path;
        private final Span span;
        // Taken when the edit is made: the document on screen may be another one by the time it is described.
        private final String extract;
        private Coding coding;
        private String createdNodeGuid;
        // Non-null for "Code at new node": the node must not exist yet, and gets this description.
        private final String newNodeDescription;

        CodeEdit(Source source, String path, Span span, String extract, String newNodeDescription) {
            this.source = source;
            this.path = path;
            this.span = span;
            this.extract = shorten(extract);
            this.newNodeDescription = newNodeDescription;
        }

        @Override
        public String description() {
            return "code '" + extract + "' at '" + path + "'" + (createdNodeGuid != null ? " (new node)" : "");
        }

        String said() {
            return String.format(java.util.Locale.ROOT, "Coded %,d character%s at %s%s", span.length(),
                    span.length() == 1 ? "" : "s", path, createdNodeGuid != null ? " (new node)" : "");
        }

        @Override
        public void redo() {
            if (newNodeDescription != null && createdNodeGuid == null && exists(path)) {
                throw new QuireException("There is already a node '" + path + "': code at it with Code selection at…");
            }
            PlacedNode placed = nodeAt(path, newNodeDescription);
            createdNodeGuid = placed.createdGuid();
            coding = project.codings().code(source.id(), placed.node().id(), span);
        }

        @Override
        public void undo() {
            project.codings().delete(project.codings().byGuid(coding.guid()).id());
            if (createdNodeGuid != null) {
                project.nodes().delete(idOf(createdNodeGuid));
                createdNodeGuid = null;
            }
        }
    }

    // Hooks for the feature view models of this window (coding panel, node details, memos): they share
    // its project, task runner, undo stack and error reporting, and reload when the revision changes.
    private final javafx.beans.property.IntegerProperty revision = new javafx.beans.property.SimpleIntegerProperty();

    /** Bumped after every edit, undo and redo; panels showing project data reload on a change. */
    @Override
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }

    /** Makes an undoable edit in the background, records it and refreshes the window. */
    @Override
    public void apply(UndoStack.Edit edit) {
        perform(edit);
    }

    private static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= 30 ? one : one.substring(0, 29) + "…";
    }
}
