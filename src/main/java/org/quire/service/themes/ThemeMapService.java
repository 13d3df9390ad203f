package org.quire.service.themes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.quire.analysis.MapLayout;
import org.quire.exports.ThemeMapPng;
import org.quire.exports.ThemeMapSvg;
import org.quire.model.ActivityKind;
import org.quire.model.Coder;
import org.quire.model.MapElement;
import org.quire.model.MapLink;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.QuireException;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeMap;
import org.quire.service.memos.ActivityService;
import org.quire.service.nodes.NodeService;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.Tx;

/**
 * The project's thematic map: themes, sub-themes and their nodes as boxes, typed links between
 * them, positions saved with the project, and its export as SVG and PNG.
 */
public final class ThemeMapService {
    private static final int MAX_LABEL = 200;
    // Far enough for any real map; beyond it a position is a typing mistake.
    private static final double MAX_COORDINATE = 100_000;

    private final Database db;
    private final Coder coder;
    private final ActivityService activity;

    public ThemeMapService(Database db, Coder coder, ActivityService activity) {
        this.db = db;
        this.coder = coder;
        this.activity = activity;
    }

    /** The map as it is drawn: every theme with its nodes, saved or automatic positions, and the links. */
    public ThemeMap map() {
        return db.read(ThemeMapService::map);
    }

    public static ThemeMap map(Tx tx) {
        List<Theme> themes = tx.themes().all();
        Map<ThemeId, List<NodeId>> members = new HashMap<>();
        for (long[] m : tx.themes().memberships()) {
            members.computeIfAbsent(new ThemeId(m[0]), k -> new java.util.ArrayList<>()).add(new NodeId(m[1]));
        }
        NodeTree tree = tx.nodes().tree();
        // A node's box shows its name, as the code book does; its path only where two names clash.
        Map<String, Integer> names = new HashMap<>();
        for (Node n : tree.depthFirst()) {
            names.merge(n.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Map<NodeId, String> labels = new HashMap<>();
        for (Node n : tree.depthFirst()) {
            labels.put(n.id(), names.get(n.name().toLowerCase(Locale.ROOT)) > 1 ? tree.path(n.id()) : n.name());
        }
        return MapLayout.build(themes, members, labels, tx.maps().positions(), tx.maps().links());
    }

    /**
     * Finds a box by reference: {@code theme:NAME}, {@code node:PATH}, or a bare name, which is a
     * theme's if a theme has it and otherwise a node path.
     */
    public MapElement element(String ref) {
        String r = ref == null ? "" : ref.strip();
        return db.read(tx -> {
            String lower = r.toLowerCase(Locale.ROOT);
            if (lower.startsWith("theme:")) {
                return MapElement.of(theme(tx, r.substring(6).strip()).id());
            }
            if (lower.startsWith("node:")) {
                return MapElement.of(tx.nodes().resolve(r.substring(5).strip()).id());
            }
            var theme = tx.themes().byName(r);
            if (theme.isPresent()) {
                return MapElement.of(theme.get().id());
            }
            try {
                return MapElement.of(tx.nodes().resolve(r).id());
            } catch (QuireException e) {
                throw new QuireException("No theme named '" + r + "' and no node '" + r + "' in this project"
                        + " (write theme:NAME or node:PATH to say which)");
            }
        });
    }

    /** A readable name for a box: the theme's name or the node's path. */
    public String describe(MapElement e) {
        return db.read(tx -> name(tx, e));
    }

    /** Saves where the user put a box (its top-left corner). */
    public void move(MapElement e, double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || x < 0 || y < 0 || x > MAX_COORDINATE || y > MAX_COORDINATE) {
            throw new QuireException("Position (" + x + ", " + y + ") is off the map: use 0 to "
                    + (long) MAX_COORDINATE + " for both");
        }
        db.write(coder, tx -> {
            String name = name(tx, e);
            Object before = tx.maps().position(e).orElse(null);
            tx.maps().place(e, x, y);
            tx.audit().record("map.move", "map", null, "Moved '" + name + "' on the thematic map", before,
                    tx.maps().position(e).orElseThrow(), guid(tx, e));
            return null;
        });
    }

    /** Forgets a box's saved position, so it is laid out automatically again. */
    public void resetPosition(MapElement e) {
        db.write(coder, tx -> {
            String name = name(tx, e);
            Object before = tx.maps().position(e).orElse(null);
            if (tx.maps().unplace(e) > 0) {
                tx.audit().record("map.move", "map", null, "Put '" + name + "' back in its automatic place on the"
                        + " thematic map", before, null, guid(tx, e));
            }
            return null;
        });
    }

    /**
     * Draws a typed link from one box to another, e.g. 'contradicts', 'is part of', 'leads to'
     * ({@link ThemeMap#STANDARD_LABELS}) or a label of the user's own.
     */
    public MapLink link(MapElement from, MapElement to, String label) {
        String text = label == null ? "" : label.strip();
        if (text.isEmpty()) {
            throw new QuireException("A link needs a label, e.g. " + String.join(", ", ThemeMap.STANDARD_LABELS));
        }
        if (text.length() > MAX_LABEL || text.chars().anyMatch(c -> c < 0x20)) {
            throw new QuireException("Link label '" + text.replaceAll("\\p{Cntrl}", " ") + "' must be one line of at"
                    + " most " + MAX_LABEL + " characters");
        }
        if (from.equals(to)) {
            throw new QuireException("A link joins two different boxes");
        }
        return db.write(coder, tx -> {
            String a = name(tx, from);
            String b = name(tx, to);
            for (MapLink l : tx.maps().links(from, to)) {
                if (l.label().equalsIgnoreCase(text)) {
                    throw new QuireException("'" + a + "' already " + l.label() + " '" + b + "' on the map");
                }
            }
            MapLink link = tx.maps().insertLink(Guids.next(), from, to, text, tx.now());
            tx.audit().record("map.link", "map-link", link.guid(), "Linked '" + a + "' " + text + " '" + b + "'",
                    null, link, guid(tx, from), guid(tx, to));
            return link;
        });
    }

    /**
     * Removes the links from {@code from} to {@code to}: the one labelled {@code label}, or the only
     * one when {@code label} is null. Returns the links removed.
     */
    public List<MapLink> unlink(MapElement from, MapElement to, String label) {
        return db.write(coder, tx -> {
            String a = name(tx, from);
            String b = name(tx, to);
            List<MapLink> links = tx.maps().links(from, to).stream()
                    .filter(l -> label == null || l.label().equalsIgnoreCase(label.strip())).toList();
            if (links.isEmpty()) {
                throw new QuireException("There is no link" + (label == null ? "" : " '" + label.strip() + "'")
                        + " from '" + a + "' to '" + b + "' on the map");
            }
            if (links.size() > 1) {
                throw new QuireException("'" + a + "' has " + links.size() + " links to '" + b + "' ("
                        + String.join(", ", links.stream().map(MapLink::label).toList()) + "): say which label to remove");
            }
            for (MapLink l : links) {
                removeLink(tx, l, a, b);
            }
            return links;
        });
    }

    /** Removes one link by its GUID (what undo of 'add link' needs). */
    public void unlink(String guid) {
        db.write(coder, tx -> {
            MapLink l = tx.maps().linkByGuid(guid).orElseThrow(() -> new QuireException("That link no longer exists"));
            removeLink(tx, l, name(tx, l.from()), name(tx, l.to()));
            return null;
        });
    }

    private static void removeLink(Tx tx, MapLink l, String a, String b) {
        tx.maps().deleteLink(l.id());
        tx.audit().record("map.unlink", "map-link", l.guid(), "Removed link '" + a + "' " + l.label() + " '" + b + "'",
                l, null, guid(tx, l.from()), guid(tx, l.to()));
    }

    /** Writes the map as SVG to {@code file} (replaced whole, never left half-written). */
    public void exportSvg(Path file) {
        ThemeMap map = map();
        String title = db.read(tx -> tx.settings().get("title").orElse("Thematic map")) + " — thematic map";
        write(file, out -> {
            try (Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                ThemeMapSvg.write(map, title, w);
            }
        });
        activity.record(ActivityKind.EXPORT, "thematic map to " + file.getFileName() + " (svg)");
    }

    /** Writes the map as PNG to {@code file} at {@code scale} (1 to 4). */
    public void exportPng(Path file, double scale) {
        if (!(scale >= 1 && scale <= 4)) {
            throw new QuireException("Scale " + scale + " is out of range: use 1 to 4");
        }
        ThemeMap map = map();
        write(file, out -> ThemeMapPng.write(map, scale, out));
        activity.record(ActivityKind.EXPORT, "thematic map to " + file.getFileName() + " (png)");
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path file, Body body) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            // A sibling name rather than createTempFile, whose owner-only permissions the export would keep.
            temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.write(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new QuireException("Cannot write the thematic map to " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    private static Theme theme(Tx tx, String name) {
        return tx.themes().byName(name).orElseThrow(() -> new QuireException("No theme named '" + name
                + "' in this project"));
    }

    private static String name(Tx tx, MapElement e) {
        return switch (e.kind()) {
            case THEME -> ThemeService.existing(tx, e.themeId()).name();
            case NODE -> {
                tx.nodes().existing(e.nodeId());
                yield tx.nodes().path(e.nodeId());
            }
        };
    }

    private static String guid(Tx tx, MapElement e) {
        return e.kind() == MapElement.Kind.THEME ? ThemeService.existing(tx, e.themeId()).guid()
                : tx.nodes().existing(e.nodeId()).guid();
    }
}
