package org.quire.ui.themes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.ChecklistStatus;
import org.quire.model.MapElement;
import org.quire.model.MapLink;
import org.quire.model.MapPosition;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeMap;
import org.quire.model.ThemeStatus;
import org.quire.service.Project;
import org.quire.service.method.ChecklistItem;
import org.quire.service.method.Phase;
import org.quire.service.themes.ThemeEvent;
import org.quire.service.themes.ThemeService;
import org.quire.ui.common.TaskRunner;
import org.quire.ui.common.UndoStack;

/**
 * State and actions of the Themes board, the theme editor, the thematic map editor, the phase
 * tracker and the checklist. It knows no controls; every call to the project runs on the task
 * runner. Edits go on the workbench's undo stack and name themes and nodes by GUID, so they
 * still apply after an undone deletion brought them back under new ids.
 */
public final class ThemesViewModel {
    /** One theme on the board: the theme and how many nodes feed it. */
    /**
     * A theme on the board.
     *
     * @param openComments the supervisor's open comments on the theme, its definition or narrative
     */
    public record Card(Theme theme, int nodes, String parent, int openComments) {
    }

    /** What the editor shows for the selected theme. */
    public record Detail(Theme theme, List<String> nodes, List<ThemeEvent> timeline, List<MemoEntry> memo) {
    }

    private final Project project;
    private final TaskRunner tasks;
    private final UndoStack undo;
    private final Consumer<Throwable> onError;
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ObjectProperty<Detail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<ThemeMap> map = new SimpleObjectProperty<>();
    private final ObservableList<Phase> phases = FXCollections.observableArrayList();
    private final ObservableList<ChecklistItem> checklist = FXCollections.observableArrayList();
    private String selectedGuid;

    public ThemesViewModel(Project project, TaskRunner tasks, UndoStack undo, Consumer<Throwable> onError) {
        this.project = project;
        this.tasks = tasks;
        this.undo = undo;
        this.onError = onError;
        // Only while a screen shows them: the phases and checklist cost hundreds of ms on a large
        // project, and every edit used to queue that on the one worker thread ahead of the next action.
        AfterEdits.reload(undo, tasks, () -> active, this::reload, onError);
    }

    private boolean active = true;

    /** Whether a screen showing themes is in front; while not, edits elsewhere do not reload them. */
    public void setActive(boolean active) {
        this.active = active;
    }

    public ObservableList<Card> cards() {
        return cards;
    }

    public ObjectProperty<Detail> detailProperty() {
        return detail;
    }

    public ObjectProperty<ThemeMap> mapProperty() {
        return map;
    }

    public ObservableList<Phase> phases() {
        return phases;
    }

    public ObservableList<ChecklistItem> checklist() {
        return checklist;
    }

    /** Reloads the board, the selected theme, the map, the phases and the checklist. */
    public void reload() {
        tasks.run("Loading themes", () -> {
            List<Card> out = new ArrayList<>();
            List<Theme> all = project.themes().list();
            java.util.Map<String, Integer> open = project.reviews().openOnThemes();
            for (Theme t : all) {
                String parent = t.parentId() == null ? null : all.stream().filter(p -> p.id().equals(t.parentId()))
                        .map(Theme::name).findFirst().orElse(null);
                out.add(new Card(t, project.themes().nodes(t.id()).size(), parent,
                        open.getOrDefault(t.guid().toLowerCase(java.util.Locale.ROOT), 0)));
            }
            return out;
        }, cards::setAll, onError);
        tasks.run("Drawing the thematic map", project.themeMap()::map, map::set, onError);
        tasks.run("Counting the phases", project.phases()::phases, phases::setAll, onError);
        tasks.run("Gathering checklist evidence", project.checklist()::items, checklist::setAll, onError);
        if (selectedGuid != null) {
            tasks.run("Opening the theme", () -> loadDetail(selectedGuid), detail::set, onError);
        } else {
            detail.set(null);
        }
    }

    /** Shows a theme in the editor. */
    public void select(Theme theme) {
        selectedGuid = theme == null ? null : theme.guid();
        if (theme == null) {
            detail.set(null);
            return;
        }
        tasks.run("Opening " + theme.name(), () -> loadDetail(theme.guid()), detail::set, onError);
    }

    private Detail loadDetail(String guid) {
        Theme t;
        try {
            t = project.themes().byGuid(guid);
        } catch (org.quire.model.QuireException gone) {
            return null;
        }
        var tree = project.nodes().tree();
        List<String> nodes = project.themes().nodes(t.id()).stream().map(n -> tree.path(n.id())).sorted().toList();
        return new Detail(t, nodes, project.themes().timeline(t.id()),
                project.memos().entries(new MemoTarget.OfTheme(t.id())));
    }

    /** Creates a candidate theme fed by the given nodes (one undoable edit). */
    public void createTheme(String name, List<NodeId> nodes) {
        List<String> nodeGuids = new ArrayList<>();
        perform(new UndoStack.Edit() {
            private String guid;

            @Override
            public String description() {
                return "create theme '" + name.strip() + "'";
            }

            @Override
            public void redo() {
                if (nodeGuids.isEmpty()) {
                    nodes.forEach(n -> nodeGuids.add(project.nodes().get(n).guid()));
                }
                List<NodeId> ids = nodeGuids.stream().map(g -> project.nodes().byGuid(g).id()).toList();
                Theme t = project.themes().create(name, "", null, ids);
                guid = t.guid();
                selectedGuid = guid;
            }

            @Override
            public void undo() {
                project.themes().delete(project.themes().byGuid(guid).id());
            }
        });
    }

    /** Adds a node to a theme — what dropping a node from the tree onto a theme card does. */
    public void addNode(Theme theme, NodeId node) {
        perform(new UndoStack.Edit() {
            // Read on the first run, off the JavaFX thread; later runs find the node by it after an undone deletion.
            private String nodeGuid;

            @Override
            public String description() {
                return "add node to '" + theme.name() + "'";
            }

            @Override
            public void redo() {
                NodeId id = nodeGuid == null ? node : project.nodes().byGuid(nodeGuid).id();
                nodeGuid = project.nodes().get(id).guid();
                project.themes().addNode(themeId(theme.guid()), id);
            }

            @Override
            public void undo() {
                project.themes().removeNode(themeId(theme.guid()), project.nodes().byGuid(nodeGuid).id());
            }
        });
    }

    public void removeNode(Theme theme, String nodePath) {
        perform(new UndoStack.Edit() {
            private String nodeGuid;

            @Override
            public String description() {
                return "remove '" + nodePath + "' from '" + theme.name() + "'";
            }

            @Override
            public void redo() {
                Node n = nodeGuid == null ? project.nodes().find(nodePath) : project.nodes().byGuid(nodeGuid);
                nodeGuid = n.guid();
                project.themes().removeNode(themeId(theme.guid()), n.id());
            }

            @Override
            public void undo() {
                project.themes().addNode(themeId(theme.guid()), project.nodes().byGuid(nodeGuid).id());
            }
        });
    }

    /** Moves a theme to a status with a reason; undo moves it back, saying so in the history. */
    public void setStatus(Theme theme, ThemeStatus status, String reason) {
        ThemeStatus before = theme.status();
        perform(edit("mark '" + theme.name() + "' " + status.label(),
                () -> project.themes().setStatus(themeId(theme.guid()), status, reason),
                () -> project.themes().setStatus(themeId(theme.guid()), before, "undone: " + reason)));
    }

    /** Saves definition, scope notes and narrative together (one undoable edit). */
    public void saveTexts(Theme theme, String definition, String scopeIn, String scopeOut, String narrative) {
        perform(edit("edit theme '" + theme.name() + "'",
                () -> project.themes().describe(themeId(theme.guid()), definition, scopeIn, scopeOut, narrative),
                () -> project.themes().describe(themeId(theme.guid()), theme.definition(), theme.scopeIn(),
                        theme.scopeOut(), theme.narrative())));
    }

    public void rename(Theme theme, String name) {
        perform(edit("rename theme '" + theme.name() + "'",
                () -> project.themes().rename(themeId(theme.guid()), name),
                () -> project.themes().rename(themeId(theme.guid()), theme.name())));
    }

    /**
     * Deletes a theme (one undoable edit): its sub-themes move up, its nodes stay in the code book,
     * its memo and map links go — and come back on undo.
     */
    public void delete(Theme theme) {
        perform(new UndoStack.Edit() {
            private ThemeService.DeletedTheme gone;

            @Override
            public String description() {
                return "delete theme '" + theme.name() + "'";
            }

            @Override
            public void redo() {
                gone = project.themes().delete(themeId(theme.guid()));
                if (theme.guid().equals(selectedGuid)) {
                    selectedGuid = null;
                }
            }

            @Override
            public void undo() {
                project.themes().restore(gone);
                selectedGuid = theme.guid();
            }
        });
    }

    /** What deleting a theme takes with it, read in the background for the confirmation. */
    public void deletionImpact(Theme theme, Consumer<ThemeService.DeletionImpact> then) {
        tasks.run("Counting what goes with " + theme.name(), () -> project.themes().deletionImpact(themeId(theme.guid())),
                then, onError);
    }

    /** Creates an empty candidate sub-theme under {@code parent} (one undoable edit). */
    public void createSubTheme(Theme parent, String name) {
        perform(new UndoStack.Edit() {
            private String guid;

            @Override
            public String description() {
                return "create sub-theme '" + name.strip() + "' of '" + parent.name() + "'";
            }

            @Override
            public void redo() {
                Theme t = project.themes().create(name, "", themeId(parent.guid()), List.of());
                guid = t.guid();
                selectedGuid = guid;
            }

            @Override
            public void undo() {
                project.themes().delete(themeId(guid));
            }
        });
    }

    /** Appends a dated entry to the theme's memo; undo removes it. */
    public void addMemoEntry(Theme theme, String text) {
        perform(new UndoStack.Edit() {
            private MemoEntry entry;

            @Override
            public String description() {
                return "memo entry on '" + theme.name() + "'";
            }

            @Override
            public void redo() {
                entry = project.memos().addEntry(new MemoTarget.OfTheme(themeId(theme.guid())), text);
            }

            @Override
            public void undo() {
                project.memos().deleteEntry(entry.id());
            }
        });
    }

    /** Saves where a box was dragged to; undo puts it back where it was. */
    public void moveBox(MapElement element, double x, double y, ThemeMap.Box before) {
        perform(edit("move a box on the map", () -> project.themeMap().move(element, x, y), () -> {
            if (before.placed()) {
                project.themeMap().move(element, before.x(), before.y());
            } else {
                project.themeMap().resetPosition(element);
            }
        }));
    }

    public void link(MapElement from, MapElement to, String label) {
        perform(new UndoStack.Edit() {
            private MapLink link;

            @Override
            public String description() {
                return "link '" + label + "'";
            }

            @Override
            public void redo() {
                link = project.themeMap().link(from, to, label);
            }

            @Override
            public void undo() {
                project.themeMap().unlink(link.guid());
            }
        });
    }

    public void unlink(MapLink link) {
        perform(new UndoStack.Edit() {
            private MapLink current = link;

            @Override
            public String description() {
                return "remove link '" + link.label() + "'";
            }

            @Override
            public void redo() {
                project.themeMap().unlink(current.guid());
            }

            @Override
            public void undo() {
                current = project.themeMap().link(link.from(), link.to(), link.label());
            }
        });
    }

    public void exportMap(Path file, boolean png, Consumer<Path> done) {
        tasks.run("Exporting the map", () -> {
            if (png) {
                project.themeMap().exportPng(file, 2);
            } else {
                project.themeMap().exportSvg(file);
            }
            return file;
        }, f -> {
            done.accept(f);
            reload();
        }, onError);
    }

    /** Records the researcher's answer to a checklist point. */
    public void answer(int point, ChecklistStatus status, String text) {
        tasks.run("Saving the answer", () -> project.checklist().answer(point, status, text), a -> reload(), onError);
    }

    /** The map's typed-link labels to offer: the standard ones. */
    public List<String> linkLabels() {
        return ThemeMap.STANDARD_LABELS;
    }

    /** Positions a caller may want to compare with (e.g. tests). */
    public List<MapPosition> positions() {
        ThemeMap m = map.get();
        return m == null ? List.of() : m.boxes().stream().filter(ThemeMap.Box::placed)
                .map(b -> new MapPosition(b.element(), b.x(), b.y())).toList();
    }

    private ThemeId themeId(String guid) {
        return project.themes().byGuid(guid).id();
    }

    private void perform(UndoStack.Edit edit) {
        tasks.run(edit.description(), () -> {
            edit.redo();
            return edit;
        }, done -> {
            undo.push(done);
        }, onError);
    }

    private static UndoStack.Edit edit(String description, Runnable redo, Runnable undo) {
        return UndoStack.Edit.of(description, redo, undo);
    }
}
