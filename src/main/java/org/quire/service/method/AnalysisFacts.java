package org.quire.service.method;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quire.model.ActivityKind;
import org.quire.model.ActivityTally;
import org.quire.model.Node;
import org.quire.model.NodeTree;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeStatus;
import org.quire.service.coding.CodingAggregates;
import org.quire.service.coding.SourceLists;
import org.quire.store.StatsStore;
import org.quire.store.Tx;

/**
 * What the phase tracker and the checklist read about the project, gathered in one read
 * transaction from aggregates (no text, no coding rows), so both stay fast at any size.
 */
record AnalysisFacts(StatsStore.Count sources, long sourcesOpened, StatsStore.Count annotations, long sourcesAnnotated,
                     StatsStore.Count journal, StatsStore.Count nodeMemos, StatsStore.Count themeMemos,
                     long sourcesWithMemo, StatsStore.Count codings, long sourcesCoded, StatsStore.Count nodes,
                     List<Theme> themes, Map<ThemeId, Integer> nodesPerTheme, Set<Long> nodesInThemes,
                     Map<ActivityKind, ActivityTally> activity, StatsStore.Count statusChanges,
                     StatsStore.Count mapLinks, StatsStore.Count audit, long checklistAnswered) {

    /**
     * Reads the facts; the coding counts come from {@code codings}, kept up to date on every edit,
     * the sources' from the kept list of sources and the nodes' from the kept code book, so that
     * no count reads every row of a large table.
     */
    static AnalysisFacts read(Tx tx, CodingAggregates.Totals codings, SourceLists sourceLists) {
        StatsStore s = tx.stats();
        Map<ThemeId, Integer> perTheme = new HashMap<>();
        Set<Long> inThemes = new HashSet<>();
        for (long[] m : tx.themes().memberships()) {
            perTheme.merge(new ThemeId(m[0]), 1, Integer::sum);
            inThemes.add(m[1]);
        }
        Map<ActivityKind, ActivityTally> activity = tx.activity().tallies();
        return new AnalysisFacts(sourceLists.imported(tx), activity.getOrDefault(ActivityKind.SOURCE_OPENED, ActivityTally.NONE).count(),
                s.annotations(), s.sourcesAnnotated(), s.memoEntries('J'), s.memoEntries('N'), s.memoEntries('T'),
                s.sourcesWithMemo(), codings.codings(), codings.sourcesCoded(), nodes(tx.nodes().tree()), tx.themes().all(), perTheme, inThemes,
                activity, s.auditActions("theme.status"), s.auditActions("map.link"), s.audit(),
                tx.checklist().all().size());
    }

    /** How many nodes there are and when the first and last were made, as {@code StatsStore.nodes()} counts them. */
    static StatsStore.Count nodes(NodeTree tree) {
        Instant first = null;
        Instant last = null;
        List<Node> all = tree.depthFirst();
        for (Node n : all) {
            Instant at = n.createdAt();
            if (at != null && (first == null || at.isBefore(first))) {
                first = at;
            }
            if (at != null && (last == null || at.isAfter(last))) {
                last = at;
            }
        }
        return new StatsStore.Count(all.size(), first, last);
    }

    ActivityTally activity(ActivityKind kind) {
        return activity.getOrDefault(kind, ActivityTally.NONE);
    }

    long themesWith(java.util.function.Predicate<Theme> p) {
        return themes.stream().filter(p).count();
    }

    long themesIn(ThemeStatus status) {
        return themesWith(t -> t.status() == status);
    }

    /** Themes still in play: everything but the discarded ones. */
    List<Theme> liveThemes() {
        return themes.stream().filter(t -> t.status() != ThemeStatus.DISCARDED).toList();
    }

    static Instant latest(Instant... times) {
        Instant out = null;
        for (Instant t : times) {
            if (t != null && (out == null || t.isAfter(out))) {
                out = t;
            }
        }
        return out;
    }
}
