package org.quire.service.themes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.quire.model.AuditEntry;
import org.quire.model.Coder;
import org.quire.model.MapElement;
import org.quire.model.MapLink;
import org.quire.model.MapPosition;
import org.quire.model.Memo;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.QuireException;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeStatus;
import org.quire.model.Validation;
import org.quire.service.nodes.NodeService;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.Tx;

/**
 * Themes: candidate to final, with their definition, scope, narrative, sub-themes and member nodes.
 * Every status change carries a reason, kept in the audit trail as the theme's history.
 */
public final class ThemeService {
    /** What the audit trail records after a status change: the transition and its reason with the new state. */
    record StatusChange(ThemeStatus from, ThemeStatus to, String reason, Theme theme) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Coder coder;

    public ThemeService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    /** Creates a candidate theme (a sub-theme when {@code parent} is set) fed by {@code nodes}. */
    public Theme create(String name, String definition, ThemeId parent, List<NodeId> nodes) {
        String checked = Validation.name("Theme", name);
        return db.write(coder, tx -> {
            requireFreeName(tx, checked, null);
            if (parent != null) {
                existing(tx, parent);
            }
            Theme theme = tx.themes().insert(Guids.next(), parent, checked, ThemeStatus.CANDIDATE,
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

    public Theme get(ThemeId id) {
        return db.read(tx -> existing(tx, id));
    }

    public Theme byGuid(String guid) {
        return db.read(tx -> tx.themes().all().stream().filter(t -> t.guid().equals(guid)).findFirst()
                .orElseThrow(() -> new QuireException("That theme no longer exists")));
    }

    public Theme find(String name) {
        return db.read(tx -> tx.themes().byName(name.strip())
                .orElseThrow(() -> new QuireException("No theme named '" + name.strip() + "' in this project")));
    }

    public List<Node> nodes(ThemeId id) {
        return db.read(tx -> tx.themes().nodes(id).stream().map(n -> tx.nodes().existing(n)).toList());
    }

    /** The sub-themes directly under a theme, by name. */
    public List<Theme> subThemes(ThemeId id) {
        return db.read(tx -> tx.themes().children(id));
    }

    /** The themes a node feeds, by name. */
    public List<Theme> themesOf(NodeId node) {
        return db.read(tx -> tx.themes().themesOf(node).stream().map(t -> existing(tx, t))
                .sorted(java.util.Comparator.comparing(t -> t.name().toLowerCase(java.util.Locale.ROOT))).toList());
    }

    /**
     * Moves a theme to another status. The reason is required: it is what the theme's timeline
     * shows a supervisor, and why the phase-4 and phase-5 decisions were taken.
     */
    public Theme setStatus(ThemeId id, ThemeStatus status, String reason) {
        String why = Validation.text(reason);
        if (status == null) {
            throw new QuireException("Choose a status: candidate, reviewed, defined, final or discarded");
        }
        if (why.isEmpty()) {
            throw new QuireException("Say why the theme becomes " + status.label() + ": a status change needs a reason");
        }
        return db.write(coder, tx -> {
            Theme before = existing(tx, id);
            if (before.status() == status) {
                throw new QuireException("Theme '" + before.name() + "' is already " + status.label());
            }
            tx.themes().update(with(before, before.name(), status, before.definition(), before.narrative()), tx.now());
            Theme after = existing(tx, id);
            tx.audit().record("theme.status", "theme", before.guid(), "Theme '" + before.name() + "': "
                    + before.status().label() + " → " + status.label() + " (" + why + ")", before,
                    new StatusChange(before.status(), status, why, after));
            return after;
        });
    }

    public Theme define(ThemeId id, String definition) {
        String text = Validation.text(definition);
        return change(id, "theme.define", t -> with(t, t.name(), t.status(), text, t.narrative()),
                t -> "Changed the definition of theme '" + t.name() + "'");
    }

    /** Sets what the theme takes in and what it leaves out; a null side is left as it was. */
    public Theme setScope(ThemeId id, String in, String out) {
        return change(id, "theme.scope", t -> new Theme(t.id(), t.guid(), t.parentId(), t.name(), t.status(),
                        t.definition(), t.narrative(), t.createdAt(), t.updatedAt(),
                        in == null ? t.scopeIn() : Validation.text(in), out == null ? t.scopeOut() : Validation.text(out)),
                t -> "Changed the scope notes of theme '" + t.name() + "'");
    }

    /**
     * Saves what the theme editor shows in one transaction: definition, scope notes and narrative.
     * Only the parts that changed are written, each with its own audit entry.
     */
    public Theme describe(ThemeId id, String definition, String scopeIn, String scopeOut, String narrative) {
        String def = Validation.text(definition);
        String in = Validation.text(scopeIn);
        String out = Validation.text(scopeOut);
        String story = narrative == null ? "" : narrative.strip();
        return db.write(coder, tx -> {
            Theme t = existing(tx, id);
            if (!t.definition().equals(def)) {
                t = apply(tx, id, "theme.define", x -> with(x, x.name(), x.status(), def, x.narrative()),
                        x -> "Changed the definition of theme '" + x.name() + "'");
            }
            if (!t.scopeIn().equals(in) || !t.scopeOut().equals(out)) {
                t = apply(tx, id, "theme.scope", x -> new Theme(x.id(), x.guid(), x.parentId(), x.name(), x.status(),
                                x.definition(), x.narrative(), x.createdAt(), x.updatedAt(), in, out),
                        x -> "Changed the scope notes of theme '" + x.name() + "'");
            }
            if (!t.narrative().equals(story)) {
                t = apply(tx, id, "theme.narrative", x -> with(x, x.name(), x.status(), x.definition(), story),
                        x -> "Changed the narrative of theme '" + x.name() + "'");
            }
            return t;
        });
    }

    /** Sets the narrative, written in the Markdown subset of {@link org.quire.model.Narrative}. */
    public Theme setNarrative(ThemeId id, String narrative) {
        String text = narrative == null ? "" : narrative.strip();
        return change(id, "theme.narrative", t -> with(t, t.name(), t.status(), t.definition(), text),
                t -> "Changed the narrative of theme '" + t.name() + "'");
    }

    public Theme rename(ThemeId id, String name) {
        String checked = Validation.name("Theme", name);
        return db.write(coder, tx -> {
            requireFreeName(tx, checked, id);
            return apply(tx, id, "theme.rename", t -> with(t, checked, t.status(), t.definition(), t.narrative()),
                    t -> "Renamed theme '" + t.name() + "' to '" + checked + "'");
        });
    }

    /** Makes a theme a sub-theme of {@code parent}, or a top-level theme when {@code parent} is null. */
    public Theme setParent(ThemeId id, ThemeId parent) {
        return db.write(coder, tx -> {
            Theme theme = existing(tx, id);
            Theme newParent = parent == null ? null : existing(tx, parent);
            for (Theme p = newParent; p != null; p = p.parentId() == null ? null : existing(tx, p.parentId())) {
                if (p.id().equals(id)) {
                    throw new QuireException("Theme '" + theme.name() + "' cannot go under '" + newParent.name()
                            + "': that is one of its own sub-themes");
                }
            }
            return apply(tx, id, "theme.move", t -> new Theme(t.id(), t.guid(), parent, t.name(), t.status(),
                            t.definition(), t.narrative(), t.createdAt(), t.updatedAt(), t.scopeIn(), t.scopeOut()),
                    t -> newParent == null ? "Made '" + t.name() + "' a top-level theme"
                            : "Made '" + t.name() + "' a sub-theme of '" + newParent.name() + "'");
        });
    }

    public void addNode(ThemeId id, NodeId node) {
        db.write(coder, tx -> {
            addNode(tx, existing(tx, id), node);
            return null;
        });
    }

    private void addNode(Tx tx, Theme theme, NodeId nodeId) {
        Node node = tx.nodes().existing(nodeId);
        if (tx.themes().hasNode(theme.id(), nodeId)) {
            throw new QuireException("Node '" + tx.nodes().path(nodeId) + "' already feeds theme '" + theme.name() + "'");
        }
        tx.themes().addNode(theme.id(), nodeId);
        tx.audit().record("theme.node.add", "theme", theme.guid(), "Added node '" + tx.nodes().path(nodeId)
                + "' to theme '" + theme.name() + "'", null, Map.of("node", node.guid()), node.guid());
    }

    public void removeNode(ThemeId id, NodeId nodeId) {
        db.write(coder, tx -> {
            Theme theme = existing(tx, id);
            Node node = tx.nodes().existing(nodeId);
            if (tx.themes().removeNode(id, nodeId) == 0) {
                throw new QuireException("Node '" + tx.nodes().path(nodeId) + "' does not feed theme '"
                        + theme.name() + "'");
            }
            tx.audit().record("theme.node.remove", "theme", theme.guid(), "Removed node '" + tx.nodes().path(nodeId)
                    + "' from theme '" + theme.name() + "'", Map.of("node", node.guid()), null, node.guid());
            return null;
        });
    }

    /**
     * Everything deleting a theme removed or changed — the theme, the sub-themes that moved up, its
     * nodes, its memo with entries, its box's place and its typed links on the thematic map — so that
     * {@link #restore} can put it back. Notes and summaries on its matrices are kept by GUID and need
     * no copy.
     */
    public record DeletedTheme(Theme theme, List<String> subThemeGuids, List<String> nodeGuids, Memo memo,
                               List<MemoEntry> memoEntries, MapPosition mapPosition, List<MapLink> mapLinks) {
        public DeletedTheme {
            subThemeGuids = List.copyOf(subThemeGuids);
            nodeGuids = List.copyOf(nodeGuids);
            memoEntries = List.copyOf(memoEntries);
            mapLinks = List.copyOf(mapLinks);
        }
    }

    /** What deleting a theme takes with it, for the confirmation: counts of each kind. */
    public record DeletionImpact(int subThemes, int nodes, int memoEntries, int mapLinks) {
    }

    public DeletionImpact deletionImpact(ThemeId id) {
        return db.read(tx -> {
            DeletedTheme d = snapshot(tx, existing(tx, id));
            return new DeletionImpact(d.subThemeGuids().size(), d.nodeGuids().size(), d.memoEntries().size(),
                    d.mapLinks().size());
        });
    }

    /**
     * Deletes a theme: its sub-themes move up to its parent, the nodes stay in the code book, its memo
     * and map links go. The returned record lets {@link #restore} undo it.
     */
    public DeletedTheme delete(ThemeId id) {
        return db.write(coder, tx -> {
            Theme theme = existing(tx, id);
            DeletedTheme gone = snapshot(tx, theme);
            List<Theme> children = tx.themes().children(id);
            for (Theme child : children) {
                apply(tx, child.id(), "theme.move", t -> new Theme(t.id(), t.guid(), theme.parentId(), t.name(),
                                t.status(), t.definition(), t.narrative(), t.createdAt(), t.updatedAt(), t.scopeIn(),
                                t.scopeOut()),
                        t -> "Moved '" + t.name() + "' up when its parent theme '" + theme.name() + "' was deleted");
            }
            tx.themes().delete(id);
            tx.audit().record("theme.delete", "theme", theme.guid(), "Deleted theme '" + theme.name() + "'", theme, null);
            return gone;
        });
    }

    private static DeletedTheme snapshot(Tx tx, Theme theme) {
        MapElement box = MapElement.of(theme.id());
        Memo memo = tx.memos().forTarget(new MemoTarget.OfTheme(theme.id())).orElse(null);
        return new DeletedTheme(theme, tx.themes().children(theme.id()).stream().map(Theme::guid).toList(),
                tx.themes().nodes(theme.id()).stream().map(n -> tx.nodes().existing(n).guid()).toList(), memo,
                memo == null ? List.of() : tx.memos().entries(memo.id()), tx.maps().position(box).orElse(null),
                tx.maps().linksTouching(box));
    }

    /**
     * Puts a deleted theme back as it was (undo of a deletion): same GUID, name, status, texts and
     * parent, its sub-themes under it again, its nodes, memo, map place and links. Nodes, sub-themes
     * and linked boxes deleted since are skipped; a parent deleted since makes it a top-level theme.
     */
    public Theme restore(DeletedTheme d) {
        return db.write(coder, tx -> {
            Theme t = d.theme();
            requireFreeName(tx, t.name(), null);
            ThemeId parent = t.parentId() != null && tx.themes().get(t.parentId()).isPresent() ? t.parentId() : null;
            Theme back = tx.themes().insert(t.guid(), parent, t.name(), t.status(), t.definition(), t.createdAt());
            tx.themes().update(new Theme(back.id(), t.guid(), parent, t.name(), t.status(), t.definition(),
                    t.narrative(), t.createdAt(), t.updatedAt(), t.scopeIn(), t.scopeOut()), tx.now());
            for (Theme child : tx.themes().all()) {
                if (d.subThemeGuids().contains(child.guid())) {
                    tx.themes().update(new Theme(child.id(), child.guid(), back.id(), child.name(), child.status(),
                            child.definition(), child.narrative(), child.createdAt(), child.updatedAt(),
                            child.scopeIn(), child.scopeOut()), tx.now());
                }
            }
            for (String guid : d.nodeGuids()) {
                tx.nodes().byGuid(guid).ifPresent(n -> tx.themes().addNode(back.id(), n.id()));
            }
            if (d.memo() != null) {
                Memo memo = tx.memos().insert(d.memo().guid(), new MemoTarget.OfTheme(back.id()), d.memo().title(),
                        d.memo().createdAt());
                for (MemoEntry e : d.memoEntries()) {
                    tx.memos().addEntry(e.guid(), memo.id(), e.at(), tx.coders().getOrCreate(e.coder()).id(), e.coder(),
                            e.text());
                }
            }
            MapElement box = MapElement.of(back.id());
            if (d.mapPosition() != null) {
                tx.maps().place(box, d.mapPosition().x(), d.mapPosition().y());
            }
            for (MapLink l : d.mapLinks()) {
                MapElement from = l.from().equals(MapElement.of(t.id())) ? box : l.from();
                MapElement to = l.to().equals(MapElement.of(t.id())) ? box : l.to();
                if (exists(tx, from) && exists(tx, to)) {
                    tx.maps().insertLink(l.guid(), from, to, l.label(), l.createdAt());
                }
            }
            Theme after = existing(tx, back.id());
            tx.audit().record("theme.restore", "theme", t.guid(), "Restored theme '" + t.name() + "'", null, after);
            return after;
        });
    }

    private static boolean exists(Tx tx, MapElement e) {
        return e.kind() == MapElement.Kind.THEME ? tx.themes().get(e.themeId()).isPresent()
                : tx.nodes().get(e.nodeId()).isPresent();
    }

    /** Everything that happened to a theme, oldest first: creation, status changes with reasons, edits, nodes. */
    public List<ThemeEvent> timeline(ThemeId id) {
        return db.read(tx -> {
            Theme theme = existing(tx, id);
            List<AuditEntry> entries = new ArrayList<>(tx.audit().concerning(theme.guid()));
            java.util.Collections.reverse(entries);
            List<ThemeEvent> events = new ArrayList<>();
            for (AuditEntry e : entries) {
                if (!Objects.equals(e.entityGuid(), theme.guid()) && !e.action().startsWith("map.")
                        && !e.action().startsWith("memo.")) {
                    continue;
                }
                events.add(event(e));
            }
            return events;
        });
    }

    /** Only the status changes of {@link #timeline}: created as candidate, then each move with its reason. */
    public List<ThemeEvent> statusHistory(ThemeId id) {
        return timeline(id).stream().filter(ThemeEvent::isStatusChange).toList();
    }

    private static ThemeEvent event(AuditEntry e) {
        if (e.action().equals("theme.create")) {
            return new ThemeEvent(e.at(), e.coder(), e.action(), e.summary(), null, ThemeStatus.CANDIDATE, null);
        }
        if (e.action().equals("theme.status") && e.after() != null) {
            try {
                JsonNode after = JSON.readTree(e.after());
                return new ThemeEvent(e.at(), e.coder(), e.action(), e.summary(),
                        ThemeStatus.parse(after.path("from").asText()), ThemeStatus.parse(after.path("to").asText()),
                        after.path("reason").asText(""));
            } catch (JsonProcessingException ex) {
                // An entry that cannot be read still shows as what it says.
                return new ThemeEvent(e.at(), e.coder(), e.action(), e.summary(), null, null, null);
            }
        }
        return new ThemeEvent(e.at(), e.coder(), e.action(), e.summary(), null, null, null);
    }

    private Theme change(ThemeId id, String action, UnaryOperator<Theme> update, Function<Theme, String> summary) {
        return db.write(coder, tx -> apply(tx, id, action, update, summary));
    }

    private static Theme apply(Tx tx, ThemeId id, String action, UnaryOperator<Theme> update,
                               Function<Theme, String> summary) {
        Theme before = existing(tx, id);
        tx.themes().update(update.apply(before), tx.now());
        Theme after = existing(tx, id);
        tx.audit().record(action, "theme", before.guid(), summary.apply(before), before, after);
        return after;
    }

    private static void requireFreeName(Tx tx, String name, ThemeId self) {
        tx.themes().byName(name).filter(t -> !t.id().equals(self)).ifPresent(t -> {
            throw new QuireException("There is already a theme named '" + t.name() + "'");
        });
    }

    private static Theme with(Theme t, String name, ThemeStatus status, String definition, String narrative) {
        return new Theme(t.id(), t.guid(), t.parentId(), name, status, definition, narrative, t.createdAt(),
                t.updatedAt(), t.scopeIn(), t.scopeOut());
    }

    static Theme existing(Tx tx, ThemeId id) {
        return tx.themes().get(id).orElseThrow(() -> new QuireException("Theme " + id + " no longer exists"));
    }
}
