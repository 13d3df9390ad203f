package org.quire.ui.memos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.Memo;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.Source;
import org.quire.service.Project;
import org.quire.ui.common.ReadWhileShown;
import org.quire.ui.common.Workbench;

/** The Memos pane: every memo of the project — the journal first — with how many entries it has. */
public final class MemoListViewModel {
    /** One memo as listed: what it is about and its entry count. */
    public record MemoRow(Memo memo, String about, int entries) {
        @Override
        public String toString() {
            return about + " (" + entries + ")";
        }
    }

    private final Workbench workbench;
    private final Project project;
    private final ObservableList<MemoRow> memos = FXCollections.observableArrayList();

    public MemoListViewModel(Workbench workbench) {
        this.workbench = workbench;
        this.project = workbench.project();
        this.reads = new ReadWhileShown(workbench, this::load);
    }

    private final ReadWhileShown reads;

    /** Whether the list is on screen (its pane expanded); see {@link ReadWhileShown}. */
    public void setShown(boolean shown) {
        reads.setShown(shown);
    }

    public ObservableList<MemoRow> memos() {
        return memos;
    }

    public void load() {
        reads.read();
        workbench.tasks().run("Listing memos", () -> {
            Map<Long, String> nodePaths = new HashMap<>();
            var tree = project.nodes().tree();
            for (Node n : tree.depthFirst()) {
                nodePaths.put(n.id().value(), tree.path(n.id()));
            }
            Map<Long, String> sources = new HashMap<>();
            for (Source s : project.sources().list()) {
                sources.put(s.id().value(), s.path());
            }
            List<MemoRow> rows = new ArrayList<>();
            for (var memoAndCount : project.memos().allWithEntryCounts().entrySet()) {
                Memo m = memoAndCount.getKey();
                String about = switch (m.target()) {
                    case MemoTarget.Journal j -> "Notes on analysis (journal)";
                    case MemoTarget.OfNode n -> "Node: " + nodePaths.getOrDefault(n.nodeId().value(), m.title());
                    case MemoTarget.OfSource s -> "Source: " + sources.getOrDefault(s.sourceId().value(), m.title());
                    case MemoTarget.OfTheme t -> "Theme: " + m.title().replaceFirst("^Memo: ", "");
                };
                rows.add(new MemoRow(m, about, memoAndCount.getValue()));
            }
            rows.sort(Comparator.comparing((MemoRow r) -> !(r.memo().target() instanceof MemoTarget.Journal))
                    .thenComparing(r -> r.about().toLowerCase(Locale.ROOT)));
            return rows;
        }, memos::setAll, workbench::report);
    }
}
