package org.quire.service.method;

import java.util.List;
import org.quire.model.ActivityKind;
import org.quire.model.ActivityTally;
import org.quire.model.ThemeStatus;
import org.quire.service.coding.CodingAggregates;
import org.quire.service.coding.SourceLists;
import org.quire.service.memos.ActivityService;
import org.quire.store.Database;

/**
 * The phase tracker: Braun &amp; Clarke's six phases with what the project shows for each. The
 * phases are not a sequence the tool enforces — researchers move back and forth — so each phase
 * shows its own counts and when it last saw work.
 */
public final class PhaseService {
    private final Database db;
    private final ActivityService activity;
    private final CodingAggregates aggregates;
    private final SourceLists sourceLists;

    public PhaseService(Database db, ActivityService activity, CodingAggregates aggregates, SourceLists sourceLists) {
        this.db = db;
        this.activity = activity;
        this.aggregates = aggregates;
        this.sourceLists = sourceLists;
    }

    public List<Phase> phases() {
        return phases(facts());
    }

    AnalysisFacts facts() {
        activity.flush();
        CodingAggregates.Totals codings = aggregates.totals();
        return db.read(tx -> AnalysisFacts.read(tx, codings, sourceLists));
    }

    static List<Phase> phases(AnalysisFacts f) {
        long sources = f.sources().count();
        long themes = f.themes().size();
        ActivityTally opened = f.activity(ActivityKind.SOURCE_OPENED);
        ActivityTally matrices = f.activity(ActivityKind.MATRIX);
        ActivityTally queries = f.activity(ActivityKind.QUERY);
        ActivityTally searches = f.activity(ActivityKind.SEARCH);
        ActivityTally exports = f.activity(ActivityKind.EXPORT);
        long reviewed = f.themesWith(t -> t.status() != ThemeStatus.CANDIDATE);
        return List.of(
                new Phase(1, "Familiarisation", "Have the data been read and noted?", List.of(
                        m("sources imported", sources, null),
                        m("sources opened", f.sourcesOpened(), sources),
                        m("sources annotated", f.sourcesAnnotated(), sources),
                        m("annotations", f.annotations().count(), null),
                        m("journal entries", f.journal().count(), null)),
                        AnalysisFacts.latest(f.sources().last(), opened.last(), f.annotations().last(), f.journal().last())),
                new Phase(2, "Initial codes", "Has the whole data set been coded?", List.of(
                        m("sources with coding", f.sourcesCoded(), sources),
                        m("nodes", f.nodes().count(), null),
                        m("references", f.codings().count(), null),
                        m("node memo entries", f.nodeMemos().count(), null)),
                        AnalysisFacts.latest(f.codings().last(), f.nodes().last(), f.nodeMemos().last())),
                new Phase(3, "Searching for themes", "Have codes been gathered into candidate themes?", List.of(
                        m("themes", themes, null),
                        m("candidate themes", f.themesIn(ThemeStatus.CANDIDATE), themes),
                        m("sub-themes", f.themesWith(t -> t.parentId() != null), themes),
                        m("nodes feeding a theme", f.nodesInThemes().size(), f.nodes().count()),
                        m("links on the thematic map", f.mapLinks().count(), null)),
                        AnalysisFacts.latest(f.themes().stream().map(t -> t.createdAt()).max(java.util.Comparator
                                .naturalOrder()).orElse(null), f.mapLinks().last())),
                new Phase(4, "Reviewing themes", "Have themes been checked against the coded extracts and the data set?",
                        List.of(
                        m("matrices built", matrices.count(), null),
                        m("queries run", queries.count(), null),
                        m("searches run", searches.count(), null),
                        m("themes past candidate", reviewed, themes),
                        m("themes discarded", f.themesIn(ThemeStatus.DISCARDED), themes),
                        m("status changes", f.statusChanges().count(), null)),
                        AnalysisFacts.latest(matrices.last(), queries.last(), searches.last(), f.statusChanges().last())),
                new Phase(5, "Defining and naming themes", "Does each theme have a definition and a narrative?", List.of(
                        m("themes with a definition", f.themesWith(t -> !t.definition().isBlank()), themes),
                        m("themes with scope notes", f.themesWith(t -> !t.scopeIn().isBlank() || !t.scopeOut().isBlank()),
                                themes),
                        m("themes with a narrative", f.themesWith(t -> !t.narrative().isBlank()), themes),
                        m("themes defined or final", f.themesWith(t -> t.status() == ThemeStatus.DEFINED
                                || t.status() == ThemeStatus.FINAL), themes),
                        m("theme memo entries", f.themeMemos().count(), null)),
                        AnalysisFacts.latest(f.themes().stream().map(t -> t.updatedAt()).max(java.util.Comparator
                                .naturalOrder()).orElse(null), f.themeMemos().last())),
                new Phase(6, "Producing the report", "Have themes and extracts gone out to readers?", List.of(
                        m("exports made", exports.count(), null),
                        m("final themes", f.themesIn(ThemeStatus.FINAL), themes),
                        m("checklist points answered", f.checklistAnswered(), 15L)),
                        exports.last()));
    }

    private static Phase.Measure m(String label, long value, Long of) {
        return new Phase.Measure(label, value, of);
    }
}
