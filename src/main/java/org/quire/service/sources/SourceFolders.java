package org.quire.service.sources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.quire.model.Coder;
import org.quire.model.FolderPath;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.Validation;
import org.quire.store.Database;
import org.quire.store.Tx;

/**
 * The folders of the Sources pane: made, renamed, moved and deleted (when nothing is in them), and
 * sources moved between them. A folder is a path ("Interviews/Wave 2"); it exists while a source lies
 * in it or below it, or while the researcher has made it and not deleted it. Each change is one
 * transaction with one audit entry; a change that cannot be made says why and changes nothing.
 */
public final class SourceFolders {
    /** One source's move, for undoing a move of several: where it was and what it was called. */
    public record Moved(SourceId source, String fromFolder, String toFolder) {
    }

    private final Database db;
    private final Coder coder;

    public SourceFolders(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    /** Every folder, each after its parent, ignoring case in the order ("" is not listed). */
    public List<String> list() {
        return db.read(SourceFolders::all);
    }

    /**
     * As {@link #list()}, taking the sources' folders from {@code sources} (every source of the
     * project, just read) instead of reading them again.
     */
    public List<String> list(java.util.Collection<org.quire.model.Source> sources) {
        List<String> made = db.read(tx -> tx.sources().madeFolders());
        TreeSet<String> paths = new TreeSet<>(SourceFolders::compare);
        for (String f : made) {
            withAncestors(f, paths);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (org.quire.model.Source s : sources) {
            if (seen.add(s.folder())) {
                withAncestors(s.folder(), paths);
            }
        }
        return new ArrayList<>(paths);
    }

    private static List<String> all(Tx tx) {
        TreeSet<String> paths = new TreeSet<>(SourceFolders::compare);
        for (String made : tx.sources().madeFolders()) {
            withAncestors(made, paths);
        }
        for (String folder : tx.sources().sourceFolders()) {
            withAncestors(folder, paths);
        }
        return new ArrayList<>(paths);
    }

    /** Folder order: parts compared one by one, ignoring case, so a folder comes just before its contents. */
    static int compare(String a, String b) {
        String[] pa = a.split("/");
        String[] pb = b.split("/");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = pa[i].toLowerCase(Locale.ROOT).compareTo(pb[i].toLowerCase(Locale.ROOT));
            if (c == 0) {
                c = pa[i].compareTo(pb[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static void withAncestors(String folder, TreeSet<String> into) {
        for (String f = folder; !f.isEmpty(); f = parentOf(f)) {
            into.add(f);
        }
    }

    /** The folder above {@code folder}, "" for a top-level one. */
    public static String parentOf(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }

    /** The last part of a folder's path, as the tree shows it. */
    public static String nameOf(String folder) {
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    /** Makes an empty folder {@code name} inside {@code parent} ("" for the top); returns its path. */
    public String create(String parent, String name) {
        String folderName = folderName(name);
        return db.write(coder, tx -> {
            String p = existingOrTop(tx, parent);
            String path = p.isEmpty() ? folderName : p + "/" + folderName;
            refuseTaken(tx, path);
            tx.sources().addFolder(path, tx.now());
            tx.audit().record("folder.create", "folder", null, "Made folder '" + path + "'", null, Map.of("path", path));
            return path;
        });
    }

    /**
     * Makes the folder {@code path} ("Interviews/Wave 2") and whichever of its parents are missing,
     * in one step: a bad part anywhere leaves nothing made. Existing parents are matched ignoring
     * case, as folder names are. Returns the path as stored; refused when the folder exists.
     */
    public String createPath(String path) {
        String full = FolderPath.normalize(path == null ? "" : path);
        if (full.isEmpty()) {
            throw new QuireException("Give the folder's path, e.g. 'Interviews/Wave 2'");
        }
        List<String> names = new ArrayList<>();
        for (String part : full.split("/")) {
            names.add(folderName(part));
        }
        return db.write(coder, tx -> {
            List<String> existing = all(tx);
            String at = "";
            boolean made = false;
            for (String name : names) {
                String wanted = at.isEmpty() ? name : at + "/" + name;
                String found = existing.stream().filter(wanted::equalsIgnoreCase).findFirst().orElse(null);
                if (found != null) {
                    at = found;
                } else {
                    at = wanted;
                    tx.sources().addFolder(at, tx.now());
                    made = true;
                }
            }
            if (!made) {
                throw new QuireException("There is already a folder '" + at + "'");
            }
            tx.audit().record("folder.create", "folder", null, "Made folder '" + at + "'", null, Map.of("path", at));
            return at;
        });
    }

    /** Renames a folder (its last part); everything in it keeps its place. Returns the new path. */
    public String rename(String folder, String newName) {
        String folderName = folderName(newName);
        return db.write(coder, tx -> {
            String from = existing(tx, folder);
            String parent = parentOf(from);
            String to = parent.isEmpty() ? folderName : parent + "/" + folderName;
            if (to.equals(from)) {
                return from;
            }
            if (!to.equalsIgnoreCase(from)) {
                refuseTaken(tx, to);
            }
            relocate(tx, from, to);
            tx.audit().record("folder.rename", "folder", null, "Renamed folder '" + from + "' to '" + folderName + "'",
                    Map.of("path", from), Map.of("path", to));
            return to;
        });
    }

    /** Moves a folder with everything in it into {@code newParent} ("" for the top). Returns its new path. */
    public String move(String folder, String newParent) {
        return db.write(coder, tx -> {
            String from = existing(tx, folder);
            String parent = existingOrTop(tx, newParent);
            if (parent.equals(from) || parent.startsWith(from + "/")) {
                throw new QuireException("Cannot move folder '" + from + "' into itself");
            }
            String to = parent.isEmpty() ? nameOf(from) : parent + "/" + nameOf(from);
            if (to.equals(from)) {
                return from;
            }
            refuseTaken(tx, to);
            relocate(tx, from, to);
            tx.audit().record("folder.move", "folder", null, "Moved folder '" + from + "' to "
                    + (parent.isEmpty() ? "the top" : "'" + parent + "'"), Map.of("path", from), Map.of("path", to));
            return to;
        });
    }

    /** Deletes a folder, and the empty folders inside it; refused while any source is in it. */
    public void delete(String folder) {
        db.write(coder, tx -> {
            String path = existing(tx, folder);
            long inside = tx.sources().countInFolder(path);
            if (inside > 0) {
                throw new QuireException("Folder '" + path + "' still holds " + inside
                        + (inside == 1 ? " source" : " sources") + "; move or delete " + (inside == 1 ? "it" : "them")
                        + " first");
            }
            for (String made : tx.sources().madeFolders()) {
                if (made.equals(path) || made.startsWith(path + "/")) {
                    tx.sources().removeFolder(made);
                }
            }
            tx.audit().record("folder.delete", "folder", null, "Deleted folder '" + path + "'", Map.of("path", path),
                    null);
            return null;
        });
    }

    /**
     * Moves sources into {@code folder} ("" for the top). Refused, changing nothing, when a source of
     * the same name is already there. Returns each move, for undo.
     */
    public List<Moved> moveSources(Collection<SourceId> ids, String folder) {
        return db.write(coder, tx -> {
            String to = existingOrTop(tx, folder);
            List<Source> moving = new ArrayList<>();
            TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (SourceId id : ids) {
                Source s = tx.sources().get(id).orElseThrow(() -> new QuireException("Source " + id + " no longer exists"));
                if (s.folder().equals(to)) {
                    continue;
                }
                var clash = tx.sources().byFolderAndName(to, s.name());
                if (clash.isPresent() || !names.add(s.name())) {
                    throw new QuireException("Cannot move '" + s.path() + "': "
                            + (to.isEmpty() ? "the top folder" : "folder '" + to + "'")
                            + " already has a source named '" + s.name() + "'; rename one of them first");
                }
                moving.add(s);
            }
            List<Moved> moves = new ArrayList<>();
            for (Source s : moving) {
                moves.add(new Moved(s.id(), s.folder(), to));
                keep(tx, s.folder());
                tx.sources().move(s.id(), to);
                tx.audit().record("source.move", "source", s.guid(), "Moved source '" + s.path() + "' to "
                        + (to.isEmpty() ? "the top folder" : "'" + to + "'"), Map.of("folder", s.folder()),
                        Map.of("folder", to));
            }
            return moves;
        });
    }

    /** Puts each moved source back where it was (the undo of {@link #moveSources}). */
    public void moveBack(List<Moved> moves) {
        db.write(coder, tx -> {
            for (Moved m : moves) {
                Source s = tx.sources().get(m.source()).orElse(null);
                if (s == null || !s.folder().equals(m.toFolder())) {
                    continue;
                }
                if (tx.sources().byFolderAndName(m.fromFolder(), s.name()).isPresent()) {
                    throw new QuireException("Cannot move '" + s.path() + "' back: '" + m.fromFolder()
                            + "' has a source named '" + s.name() + "' now");
                }
                if (!m.fromFolder().isEmpty() && !all(tx).contains(m.fromFolder())) {
                    tx.sources().addFolder(m.fromFolder(), tx.now());
                }
                keep(tx, m.toFolder());
                tx.sources().move(m.source(), m.fromFolder());
                tx.audit().record("source.move", "source", s.guid(), "Moved source '" + s.path() + "' back to "
                        + (m.fromFolder().isEmpty() ? "the top folder" : "'" + m.fromFolder() + "'"),
                        Map.of("folder", s.folder()), Map.of("folder", m.fromFolder()));
            }
            return null;
        });
    }

    /**
     * Records a folder as made, so that it stays in the pane when its last source leaves it: a
     * folder goes only when the researcher deletes it.
     */
    static void keep(Tx tx, String folder) {
        if (!folder.isEmpty() && !tx.sources().madeFolders().contains(folder)) {
            tx.sources().addFolder(folder, tx.now());
        }
    }

    /** Moves every source and made folder under {@code from} to the same place under {@code to}. */
    private static void relocate(Tx tx, String from, String to) {
        keep(tx, parentOf(from));
        for (Source s : tx.sources().inFolder(from)) {
            tx.sources().move(s.id(), to + s.folder().substring(from.length()));
        }
        boolean kept = false;
        for (String made : tx.sources().madeFolders()) {
            if (made.equals(from) || made.startsWith(from + "/")) {
                tx.sources().removeFolder(made);
                tx.sources().addFolder(to + made.substring(from.length()), tx.now());
                kept |= made.equals(from);
            }
        }
        if (!kept) {
            // The folder existed only through its sources; keep it listed under its new name even
            // if they are moved out later, as it was made here, in effect.
            tx.sources().addFolder(to, tx.now());
        }
    }

    private static String existing(Tx tx, String folder) {
        String path = FolderPath.normalize(folder == null ? "" : folder);
        if (path.isEmpty()) {
            throw new QuireException("The top of the Sources pane is not a folder that can be changed");
        }
        return all(tx).stream().filter(path::equals).findFirst()
                .orElseThrow(() -> new QuireException("No folder '" + path + "' in this project"));
    }

    private static String existingOrTop(Tx tx, String folder) {
        String path = FolderPath.normalize(folder == null ? "" : folder);
        return path.isEmpty() ? "" : existing(tx, path);
    }

    private static void refuseTaken(Tx tx, String path) {
        for (String f : all(tx)) {
            if (f.equalsIgnoreCase(path)) {
                throw new QuireException("There is already a folder '" + f + "'");
            }
        }
    }

    private static String folderName(String raw) {
        String name = Validation.name("Folder", raw);
        if (name.contains("/") || name.contains("\\")) {
            throw new QuireException("Folder name '" + name + "' cannot contain '/' or '\\'; make the folder inside"
                    + " another one instead");
        }
        return name;
    }
}
