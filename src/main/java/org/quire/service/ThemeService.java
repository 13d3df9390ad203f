package org.quire.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.quire.model.Coder;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.QuireException;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeStatus;
import org.quire.store.Database;
import org.quire.store.Tx;

/**
 * Themes: candidate to final, with their definition, narrative, sub-themes and member nodes.
 * Every status change carries a reason, kept in the audit trail as the theme's history.
 */
public final class ThemeService {
    private final Database db;
    private final Coder coder;

    ThemeService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    /** Creates a candidate theme (a sub-theme when {@code parent} is set) fed by {@code nodes}. */
    public Theme create(String name, String definition, ThemeId parent, List<NodeId> nodes) {
        String checked = Validation.name("Theme", name);
        return db.write(coder, tx -> {
            tx.themes().byName(checked).ifPresent(t -> {
                throw new QuireException("There is already a theme named '" + t.name() + "'");
            });
            if (parent != null) {
                existing(tx, parent);
            }
            Theme theme = tx.themes().insert(UUID.randomUUID().toString(), parent, checked, ThemeStatus.CANDIDATE,
                    Validation.text(definition), tx.now());
            tx.audit().record("theme.create", "theme", theme.guid(), "Created candidate theme '" + checked + "'",
                    null, theme);
            for (NodeId n : nodes) {
                addNode(tx, theme, n);
            }
            return theme;
        });
    }

    public List<Theme> list() {
        return db.read(tx -> tx.themes().all());
    }

    public Theme find(String name) {
        return db.read(tx -> tx.themes().byName(name.strip())
                .orElseThrow(() -> new QuireException("No theme named '" + name.strip() + "' in this project")));
    }

    public List<Node> nodes(ThemeId id) {
        return db.read(tx -> tx.themes().nodes(id).stream().map(n -> NodeService.existing(tx, n)).toList());
    }

    /** Moves a theme to another status; the reason is kept in its history. */
    public Theme setStatus(ThemeId id, ThemeStatus status, String reason) {
        String why = Validation.text(reason);
        return change(id, "theme.status", t -> with(t, t.name(), status, t.definition(), t.narrative()),
                t -> "Theme '" + t.name() + "': " + t.status().name().toLowerCase() + " → "
                        + status.name().toLowerCase() + (why.isEmpty() ? "" : " (" + why + ")"));
    }

    public Theme define(ThemeId id, String definition) {
        String text = Validation.text(definition);
        return change(id, "theme.define", t -> with(t, t.name(), t.status(), text, t.narrative()),
                t -> "Changed the definition of theme '" + t.name() + "'");
    }

    public Theme setNarrative(ThemeId id, String narrative) {
        String text = narrative == null ? "" : narrative;
        return change(id, "theme.narrative", t -> with(t, t.name(), t.status(), t.definition(), text),
                t -> "Changed the narrative of theme '" + t.name() + "'");
    }

    public Theme rename(ThemeId id, String name) {
        String checked = Validation.name("Theme", name);
        return db.write(coder, tx -> {
            tx.themes().byName(checked).filter(t -> !t.id().equals(id)).ifPresent(t -> {
                throw new QuireException("There is already a theme named '" + t.name() + "'");
            });
            return apply(tx, id, "theme.rename", t -> with(t, checked, t.status(), t.definition(), t.narrative()),
                    t -> "Renamed theme '" + t.name() + "' to '" + checked + "'");
        });
    }

    public void addNode(ThemeId id, NodeId node) {
        db.write(coder, tx -> {
            addNode(tx, existing(tx, id), node);
            return null;
        });
    }

    private void addNode(Tx tx, Theme theme, NodeId nodeId) {
        Node node = NodeService.existing(tx, nodeId);
        if (tx.themes().hasNode(theme.id(), nodeId)) {
            throw new QuireException("Node '" + NodeService.path(tx, nodeId) + "' already feeds theme '" + theme.name() + "'");
        }
        tx.themes().addNode(theme.id(), nodeId);
        tx.audit().record("theme.node.add", "theme", theme.guid(), "Added node '" + NodeService.path(tx, nodeId)
                + "' to theme '" + theme.name() + "'", null, Map.of("node", node.guid()), node.guid());
    }

    public void removeNode(ThemeId id, NodeId nodeId) {
        db.write(coder, tx -> {
            Theme theme = existing(tx, id);
            Node node = NodeService.existing(tx, nodeId);
            if (tx.themes().removeNode(id, nodeId) == 0) {
                throw new QuireException("Node '" + NodeService.path(tx, nodeId) + "' does not feed theme '"
                        + theme.name() + "'");
            }
            tx.audit().record("theme.node.remove", "theme", theme.guid(), "Removed node '" + NodeService.path(tx, nodeId)
                    + "' from theme '" + theme.name() + "'", Map.of("node", node.guid()), null, node.guid());
            return null;
        });
    }

    public void delete(ThemeId id) {
        db.write(coder, tx -> {
            Theme theme = existing(tx, id);
            tx.themes().delete(id);
            tx.audit().record("theme.delete", "theme", theme.guid(), "Deleted theme '" + theme.name() + "'", theme, null);
            return null;
        });
    }

    private Theme change(ThemeId id, String action, java.util.function.UnaryOperator<Theme> update,
                         java.util.function.Function<Theme, String> summary) {
        return db.write(coder, tx -> apply(tx, id, action, update, summary));
    }

    private static Theme apply(Tx tx, ThemeId id, String action, java.util.function.UnaryOperator<Theme> update,
                               java.util.function.Function<Theme, String> summary) {
        Theme before = existing(tx, id);
        tx.themes().update(update.apply(before), tx.now());
        Theme after = existing(tx, id);
        tx.audit().record(action, "theme", before.guid(), summary.apply(before), before, after);
        return after;
    }

    private static Theme with(Theme t, String name, ThemeStatus status, String definition, String narrative) {
        return new Theme(t.id(), t.guid(), t.parentId(), name, status, definition, narrative, t.createdAt(), t.updatedAt());
    }

    private static Theme existing(Tx tx, ThemeId id) {
        return tx.themes().get(id).orElseThrow(() -> new QuireException("Theme " + id + " no longer exists"));
    }
}
