package org.quire.ui.coding;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The nodes coded at most recently, newest first, at most nine: Ctrl+1 … Ctrl+9 code the
 * selection at them, and quick code offers them first.
 */
public final class RecentNodes {
    public static final int SIZE = 9;

    private final ObservableList<String> paths = FXCollections.observableArrayList();

    /** Records a node path just coded at. */
    public void used(String path) {
        if (path == null || path.isBlank()) {
            return;
        }
        String p = path.strip();
        paths.removeIf(x -> x.equalsIgnoreCase(p));
        paths.add(0, p);
        if (paths.size() > SIZE) {
            paths.remove(SIZE, paths.size());
        }
    }

    /** Forgets paths no longer in the code book (renamed, merged or deleted nodes). */
    public void retainOnly(List<String> existing) {
        paths.removeIf(p -> existing.stream().noneMatch(e -> e.equalsIgnoreCase(p)));
    }

    /** The path under Ctrl+{@code number} (1-based), or null. */
    public String at(int number) {
        return number >= 1 && number <= paths.size() ? paths.get(number - 1) : null;
    }

    public ObservableList<String> paths() {
        return paths;
    }

    /** All node paths with the recent ones first, for the quick-code list. */
    public List<String> recentFirst(List<String> all) {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            if (all.stream().anyMatch(a -> a.equalsIgnoreCase(p))) {
                out.add(p);
            }
        }
        for (String a : all) {
            if (out.stream().noneMatch(o -> o.equalsIgnoreCase(a))) {
                out.add(a);
            }
        }
        return out;
    }
}
