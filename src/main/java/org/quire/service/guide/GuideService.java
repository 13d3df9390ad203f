package org.quire.service.guide;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quire.model.Coder;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.Theme;
import org.quire.model.ThemeStatus;
import org.quire.model.NodeTree;
import org.quire.service.memos.ActivityService;
import org.quire.service.method.PhaseService;
import org.quire.service.themes.ThemeData;
import org.quire.store.Database;

/**
 * The guided path for students: Braun &amp; Clarke's six phases with what each asks, the steps Quire
 * offers for it, the phase tracker's evidence and the sample project's worked example; the gentle
 * checks; and whether the guide shows when this project opens (kept in the project, so it follows
 * the project to another computer).
 *
 * <p>It reads the phase tracker ({@code service.method}) and the themes' families
 * ({@code service.themes}) and is read by nothing below it: teaching sits on top of the method.
 */
public final class GuideService {
    /** Setting: "true" when the guide opens with the project. */
    static final String SHOW = "guide.show";
    /** Setting: "true" in the sample project, the worked example the guide points into. */
    static final String SAMPLE = "guide.sample";

    private final Database db;
    private final Coder coder;
    private final PhaseService phases;
    private final ActivityService activity;

    public GuideService(Database db, Coder coder, PhaseService phases, ActivityService activity) {
        this.db = db;
        this.coder = coder;
        this.phases = phases;
        this.activity = activity;
    }

    /** The six phases, each with the project's progress so far. */
    public List<GuidePhase> phases() {
        return GuideContent.phases(phases.phases());
    }

    /** The checks with the usual thresholds (fewer than 3 extracts, candidates older than 4 weeks). */
    public List<GuideCheck> checks() {
        return checks(CheckOptions.defaults());
    }

    /** Every check, in one read of the project; none changes anything. */
    public List<GuideCheck> checks(CheckOptions options) {
        activity.flush();
        return db.read(tx -> {
            var families = ThemeData.families(tx);
            GuideChecks.Facts facts = new GuideChecks.Facts(tx.sources().all(), tx.activity().openedSources(),
                    tx.nodes().tree(), tx.stats().nodesCodedOnce(), families,
                    tx.themeMatrices().codingsAt(families.allNodes()), (source, span) -> tx.sources().extract(source, span),
                    statusChanges(tx));
            return new GuideChecks(facts, options).all();
        });
    }

    /** When each theme last changed status, by GUID (lower case): one read of the trail's status entries. */
    private static java.util.Map<String, java.time.Instant> statusChanges(org.quire.store.Tx tx) {
        java.util.Map<String, java.time.Instant> out = new java.util.HashMap<>();
        // Oldest first: a later change of the same theme replaces an earlier one.
        for (org.quire.model.AuditEntry e : tx.audit().after(0, java.util.List.of("theme.status"))) {
            if (e.entityGuid() != null) {
                out.put(e.entityGuid().toLowerCase(java.util.Locale.ROOT), e.at());
            }
        }
        return out;
    }

    /** Whether the Guide pane opens with this project (the answer to "Are you learning thematic analysis?"). */
    public boolean shownOnOpen() {
        return db.read(tx -> tx.settings().get(SHOW).map("true"::equals).orElse(false));
    }

    /** Turns the Guide pane on or off for this project; recorded in the audit trail. */
    public void showOnOpen(boolean on) {
        db.write(coder, tx -> {
            boolean before = tx.settings().get(SHOW).map("true"::equals).orElse(false);
            if (before != on) {
                tx.settings().put(SHOW, Boolean.toString(on));
                tx.audit().record("guide.show", "project", null, on ? "The guide opens with the project"
                        : "The guide no longer opens with the project", before, on);
            }
            return null;
        });
    }

    /** Whether this is the sample project, where the guide's worked example lives. */
    public boolean isSample() {
        return db.read(tx -> tx.settings().get(SAMPLE).map("true"::equals).orElse(false));
    }

    /** Marks this project as the sample (done by the sample's build, never by a user's project). */
    public void markAsSample() {
        db.write(coder, tx -> {
            tx.settings().put(SAMPLE, "true");
            tx.audit().record("guide.sample", "project", null, "Marked as the sample project the guide points to",
                    null, null);
            return null;
        });
    }

    /** The sources never opened in Quire, in the order the source list shows them. */
    public List<Source> sourcesNotOpened() {
        activity.flush();
        return db.read(tx -> {
            Set<SourceId> opened = tx.activity().openedSources();
            return tx.sources().all().stream().filter(s -> !opened.contains(s.id())).toList();
        });
    }

    /** The first source, in the source list's order, with no coding yet; else the first source; empty when none. */
    public Optional<Source> nextToCode() {
        return db.read(tx -> {
            List<Source> all = tx.sources().all();
            Set<SourceId> coded = tx.stats().codedSources();
            return all.stream().filter(s -> !coded.contains(s.id())).findFirst().or(() -> all.stream().findFirst());
        });
    }

    /** The first theme in play still without a definition, by name; empty when every one has one. */
    public Optional<Theme> nextToDefine() {
        return db.read(tx -> ThemeData.families(tx).ordered().stream()
                .filter(t -> t.status() != ThemeStatus.DISCARDED && t.definition().isBlank()).findFirst());
    }
}
