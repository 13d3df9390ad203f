package org.quire.service.method;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quire.model.AuditEntry;
import org.quire.model.ChecklistAnswer;
import org.quire.model.ChecklistPoint;
import org.quire.model.ChecklistStatus;
import org.quire.model.Coder;
import org.quire.model.QuireException;
import org.quire.service.coding.CodingAggregates;
import org.quire.service.coding.SourceLists;
import org.quire.service.coding.CoverageService;
import org.quire.service.coding.SourceCoverage;
import org.quire.service.memos.ActivityService;
import org.quire.service.themes.ThemeMapService;
import org.quire.store.Database;
import org.quire.store.Guids;

/**
 * Braun &amp; Clarke's 15-point checklist as a project record: each point answered by the
 * researcher (verdict, text, who, when — every answer also in the audit log), each shown beside
 * the evidence the project can compute ({@link ChecklistEvidence}).
 */
public final class ChecklistService {
    private static final int MAX_ANSWER = 20_000;

    private final Database db;
    private final Coder coder;
    private final CoverageService coverage;
    private final ActivityService activity;
    private final CodingAggregates aggregates;
    private final SourceLists sourceLists;

    public ChecklistService(Database db, Coder coder, CoverageService coverage, ActivityService activity,
                            CodingAggregates aggregates, SourceLists sourceLists) {
        this.sourceLists = sourceLists;
        this.db = db;
        this.coder = coder;
        this.coverage = coverage;
        this.activity = activity;
        this.aggregates = aggregates;
    }

    /** All fifteen points in order, each with its answer and evidence. */
    public List<ChecklistItem> items() {
        List<SourceCoverage> sources = coverage.sources();
        CodingAggregates.Totals codings = aggregates.totals();
        activity.flush();
        return db.read(tx -> {
            AnalysisFacts facts = AnalysisFacts.read(tx, codings, sourceLists);
            Map<Integer, ChecklistAnswer> answers = new java.util.HashMap<>();
            tx.checklist().all().forEach(a -> answers.put(a.point(), a));
            ChecklistEvidence evidence = new ChecklistEvidence(facts, sources, ThemeMapService.map(tx));
            List<ChecklistItem> out = new ArrayList<>();
            for (ChecklistPoint p : ChecklistPoint.ALL) {
                ChecklistEvidence.Found found = evidence.forPoint(p.number());
                out.add(new ChecklistItem(p, answers.get(p.number()), found.lines(), found.items()));
            }
            return out;
        });
    }

    public ChecklistItem item(int point) {
        ChecklistPoint.get(point);
        return items().get(point - 1);
    }

    /**
     * Answers one point: a verdict and, optionally, the researcher's text (null keeps the text
     * already there). Each answer is kept in the audit log, so earlier answers can be read back.
     */
    public ChecklistAnswer answer(int point, ChecklistStatus status, String text) {
        ChecklistPoint p = ChecklistPoint.get(point);
        if (status == null) {
            throw new QuireException("Choose a status for point " + point + ": done, partly or not-yet");
        }
        String body = text == null ? null : text.strip();
        if (body != null && body.length() > MAX_ANSWER) {
            throw new QuireException("The answer to point " + point + " is longer than " + MAX_ANSWER + " characters");
        }
        return db.write(coder, tx -> {
            ChecklistAnswer before = tx.checklist().get(point).orElse(null);
            String guid = before == null ? Guids.next() : before.guid();
            String kept = body != null ? body : before == null ? "" : before.answer();
            ChecklistAnswer after = tx.checklist().put(point, guid, status, kept, tx.coder().id(), tx.now());
            tx.audit().record("checklist.answer", "checklist", guid, "Checklist point " + point + " (" + p.process()
                    + "): " + status.label(), before, after);
            return after;
        });
    }

    /** Earlier and current answers to a point, newest first. */
    public List<AuditEntry> history(int point) {
        ChecklistPoint.get(point);
        return db.read(tx -> tx.checklist().get(point).map(a -> tx.audit().concerning(a.guid())).orElse(List.of()));
    }
}
