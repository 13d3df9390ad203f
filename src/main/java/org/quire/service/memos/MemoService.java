package org.quire.service.memos;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quire.model.Coder;
import org.quire.model.Memo;
import org.quire.model.MemoEntry;
import org.quire.model.MemoEntryId;
import org.quire.model.MemoTarget;
import org.quire.model.QuireException;
import org.quire.model.Validation;
import org.quire.service.nodes.NodeService;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.Tx;

/**
 * Memos with dated entries: one per node, theme or source, plus the project's 'notes on analysis'
 * journal. Entries are appended, each with its own timestamp and coder, so a memo records how a
 * code's meaning changed over time.
 */
public final class MemoService {
    private final Database db;
    private final Coder coder;

    public MemoService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    public Optional<Memo> memo(MemoTarget target) {
        return db.read(tx -> tx.memos().forTarget(target));
    }

    public List<Memo> all() {
        return db.read(tx -> tx.memos().all());
    }

    /** Every memo with how many entries it holds, read together (the Memos pane's list). */
    public Map<Memo, Integer> allWithEntryCounts() {
        return db.read(tx -> {
            Map<org.quire.model.MemoId, Integer> counts = tx.memos().entryCounts();
            Map<Memo, Integer> out = new java.util.LinkedHashMap<>();
            for (Memo m : tx.memos().all()) {
                out.put(m, counts.getOrDefault(m.id(), 0));
            }
            return out;
        });
    }

    /** Entries of the target's memo, oldest first; empty when it has no memo yet. */
    public List<MemoEntry> entries(MemoTarget target) {
        return db.read(tx -> tx.memos().forTarget(target).map(m -> tx.memos().entries(m.id())).orElse(List.of()));
    }

    /** Appends a dated entry to the target's memo, creating the memo on first use. */
    public MemoEntry addEntry(MemoTarget target, String text) {
        String body = Validation.text(text);
        if (body.isEmpty()) {
            throw new QuireException("A memo entry cannot be empty");
        }
        return db.write(coder, tx -> appendEntry(tx, target, defaultTitle(tx, target), body));
    }

    /**
     * Appends an entry dated {@code at} rather than now: for memos written before they reached
     * Quire (a research diary, another QDA tool's notes).
     */
    public MemoEntry addEntry(MemoTarget target, String text, java.time.Instant at) {
        String body = Validation.text(text);
        if (body.isEmpty()) {
            throw new QuireException("A memo entry cannot be empty");
        }
        return db.write(coder, tx -> appendEntry(tx, target, defaultTitle(tx, target), body, at));
    }

    /** Removes one entry (used to undo an entry just written). */
    public void deleteEntry(MemoEntryId id) {
        db.write(coder, tx -> {
            MemoEntry entry = tx.memos().entry(id).orElseThrow(() -> new QuireException("Memo entry " + id
                    + " no longer exists"));
            tx.memos().deleteEntry(id);
            tx.audit().record("memo.entry.delete", "memo", entry.guid(), "Deleted a memo entry", entry, null,
                    memoSubject(tx, entry));
            return null;
        });
    }

    public static MemoEntry appendEntry(Tx tx, MemoTarget target, String title, String body) {
        return appendEntry(tx, target, title, body, tx.now());
    }

    private static MemoEntry appendEntry(Tx tx, MemoTarget target, String title, String body, java.time.Instant at) {
        Memo memo = memoFor(tx, target, title);
        MemoEntry entry = tx.memos().addEntry(Guids.next(), memo.id(), at, tx.coder().id(),
                tx.coder().name(), body);
        tx.audit().record("memo.entry.add", "memo", entry.guid(), "Added an entry to " + memo.title(), null, entry,
                memo.guid(), targetGuid(tx, target));
        return entry;
    }

    public static Memo memoFor(Tx tx, MemoTarget target, String title) {
        return tx.memos().forTarget(target)
                .orElseGet(() -> tx.memos().insert(Guids.next(), target, title, tx.now()));
    }

    private static String defaultTitle(Tx tx, MemoTarget target) {
        return switch (target) {
            case MemoTarget.Journal j -> "Notes on analysis";
            case MemoTarget.OfNode n -> "Memo: " + tx.nodes().existing(n.nodeId()).name();
            case MemoTarget.OfTheme t -> "Memo: " + tx.themes().get(t.themeId())
                    .orElseThrow(() -> new QuireException("Theme " + t.themeId() + " no longer exists")).name();
            case MemoTarget.OfSource s -> "Memo: " + tx.sources().get(s.sourceId())
                    .orElseThrow(() -> new QuireException("Source " + s.sourceId() + " no longer exists")).name();
        };
    }

    private static String targetGuid(Tx tx, MemoTarget target) {
        return switch (target) {
            case MemoTarget.Journal j -> null;
            case MemoTarget.OfNode n -> tx.nodes().get(n.nodeId()).map(x -> x.guid()).orElse(null);
            case MemoTarget.OfTheme t -> tx.themes().get(t.themeId()).map(x -> x.guid()).orElse(null);
            case MemoTarget.OfSource s -> tx.sources().get(s.sourceId()).map(x -> x.guid()).orElse(null);
        };
    }

    private static String memoSubject(Tx tx, MemoEntry entry) {
        return tx.memos().all().stream().filter(m -> m.id().equals(entry.memoId())).findFirst()
                .map(m -> targetGuid(tx, m.target())).orElse(null);
    }
}
