package org.quire.ui.nodes;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.service.Project;
import org.quire.service.coding.CodingService;
import org.quire.service.coding.PassageInContext;
import org.quire.service.exchange.ExportOptions;
import org.quire.ui.common.NodeRow;
import org.quire.ui.common.Workbench;
import org.quire.ui.memos.MemoEditorViewModel;

/**
 * A node's detail tab: its description and colour (editable), its memo, and every passage coded at
 * it with its source and some words either side, each opening in its source.
 */
public final class NodeDetailViewModel {
    /** How many passages show at once when a node opens; the rest follow {@link #PAGE} at a time. */
    static final int FIRST_PAGE = 25;
    static final int PAGE = 200;

    private final Workbench workbench;
    private final NodeActions actions;
    private final Project project;
    private final String guid;
    private final ObservableList<PassageInContext> passages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper path = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper color = new ReadOnlyStringWrapper("#888888");
    private final MemoEditorViewModel memo;
    private final ChangeListener<Number> onRevision = (o, a, b) -> load();
    private String savedDescription = "";
    private int loads;
    private NodeRow row;

    public NodeDetailViewModel(Workbench workbench, NodeActions actions, String nodeGuid, String name) {
        this.workbench = workbench;
        this.actions = actions;
        this.project = workbench.project();
        this.guid = nodeGuid;
        this.memo = new MemoEditorViewModel(workbench, "Memo",
                () -> new MemoTarget.OfNode(project.nodes().byGuid(nodeGuid).id()), ZoneId.systemDefault());
        path.set(name);
        workbench.revisionProperty().addListener(onRevision);
    }

    public ObservableList<PassageInContext> passages() {
        return passages;
    }

    public ReadOnlyStringProperty pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** "12 passages in 4 sources". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The description as being edited; {@link #saveDescription} stores it. */
    public StringProperty descriptionProperty() {
        return description;
    }

    public ReadOnlyStringProperty colorProperty() {
        return color.getReadOnlyProperty();
    }

    public MemoEditorViewModel memo() {
        return memo;
    }

    private record Loaded(Node node, String path, CodingService.Listing listing, List<PassageInContext> first) {
    }

    /**
     * Reads the node and its first {@link #FIRST_PAGE} passages, shows them, then reads the rest
     * {@link #PAGE} at a time, each page a task of its own (so an edit made meanwhile is not kept
     * waiting) appended as it comes. A later load or {@link #dispose} stops the pages still to come.
     */
    public void load() {
        int generation = ++loads;
        workbench.tasks().run("Reading the node", () -> {
            Node node = project.nodes().byGuid(guid);
            CodingService.Listing listing = project.codings().listing(node.id(), false);
            List<PassageInContext> first = project.codings().inContext(listing, 0,
                    Math.min(FIRST_PAGE, listing.size()));
            return new Loaded(node, project.nodes().tree().path(node.id()), listing, first);
        }, loaded -> {
            if (generation != loads) {
                return;
            }
            path.set(loaded.path());
            color.set(loaded.node().color());
            savedDescription = loaded.node().description() == null ? "" : loaded.node().description();
            description.set(savedDescription);
            passages.setAll(loaded.first());
            int total = loaded.listing().size();
            int sources = loaded.listing().sourceCount();
            summary.set(String.format(Locale.ROOT, "%,d %s in %,d %s", total, total == 1 ? "passage" : "passages",
                    sources, sources == 1 ? "source" : "sources"));
            row = workbench.nodes().stream().filter(r -> r.node().guid().equals(guid)).findFirst().orElse(null);
            more(generation, loaded.listing(), Math.min(FIRST_PAGE, total));
        }, e -> {
            if (generation != loads) {
                return;
            }
            // The node is gone (deleted or merged): say so rather than show stale passages.
            passages.clear();
            summary.set("This node no longer exists");
        });
        memo.load();
    }

    private void more(int generation, CodingService.Listing listing, int from) {
        if (from >= listing.size() || generation != loads) {
            return;
        }
        int to = Math.min(listing.size(), from + PAGE);
        workbench.tasks().run("Reading passages", () -> project.codings().inContext(listing, from, to), rows -> {
            if (generation == loads) {
                passages.addAll(rows);
                more(generation, listing, to);
            }
        }, e -> {
            if (generation == loads) {
                workbench.report(e);
            }
        });
    }

    /** Stores the edited description (undoable). */
    public void saveDescription() {
        if (row != null) {
            actions.describe(row, savedDescription, description.get());
        }
    }

    public void recolour(String hex) {
        if (row != null) {
            actions.recolour(row, color.get(), hex);
        }
    }

    /** What the node view's Export writes: every passage coded at this node (and under it, with {@code children}). */
    public ExportOptions exportOptions(ExportOptions.Format format, boolean children) {
        return ExportOptions.of(format, ExportOptions.What.PASSAGES).nodes(List.of(path.get()), children);
    }

    /** Opens the passage's source with the passage selected and scrolled into view. */
    public void open(PassageInContext p) {
        workbench.openAt(p.passage().source(), p.passage().coding().span());
    }

    /** Stops following the project (the tab was closed). */
    public void dispose() {
        loads++;
        workbench.revisionProperty().removeListener(onRevision);
        memo.dispose();
    }
}
