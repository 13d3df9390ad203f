package org.quire.service.sources;

import java.util.List;
import org.quire.model.CaseId;
import org.quire.model.CaseLink;
import org.quire.model.CaseRecord;
import org.quire.model.Coder;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.model.Validation;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.Tx;

/** Cases — participants, organisations, sites — linked to whole sources or to passages. */
public final class CaseService {
    private final Database db;
    private final Coder coder;

    public CaseService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    public CaseRecord create(String name, String description) {
        String checked = Validation.name("Case", name);
        return db.write(coder, tx -> {
            tx.cases().byName(checked).ifPresent(c -> {
                throw new QuireException("There is already a case named '" + c.name() + "'");
            });
            CaseRecord c = tx.cases().insert(Guids.next(), checked, Validation.text(description), tx.now());
            tx.audit().record("case.create", "case", c.guid(), "Created case '" + checked + "'", null, c);
            return c;
        });
    }

    public List<CaseRecord> list() {
        return db.read(tx -> tx.cases().all());
    }

    public CaseRecord find(String name) {
        return db.read(tx -> tx.cases().byName(name.strip())
                .orElseThrow(() -> new QuireException("No case named '" + name.strip() + "' in this project")));
    }

    public CaseRecord rename(CaseId id, String name) {
        String checked = Validation.name("Case", name);
        return db.write(coder, tx -> {
            CaseRecord before = existing(tx, id);
            tx.cases().byName(checked).filter(c -> !c.id().equals(id)).ifPresent(c -> {
                throw new QuireException("There is already a case named '" + c.name() + "'");
            });
            CaseRecord after = new CaseRecord(id, before.guid(), checked, before.description());
            tx.cases().update(after);
            tx.audit().record("case.rename", "case", before.guid(), "Renamed case '" + before.name() + "' to '"
                    + checked + "'", before, after);
            return after;
        });
    }

    /** Links a case to a whole source ({@code span} null) or to a passage of it. */
    public void link(CaseId caseId, SourceId sourceId, Span span) {
        db.write(coder, tx -> {
            CaseRecord c = existing(tx, caseId);
            Source source = tx.sources().get(sourceId)
                    .orElseThrow(() -> new QuireException("Source " + sourceId + " no longer exists"));
            if (span != null) {
                Validation.span(source.name(), tx.sources().text(sourceId), span);
            }
            CaseLink link = new CaseLink(caseId, sourceId, span);
            if (tx.cases().linkExists(link)) {
                throw new QuireException("Case '" + c.name() + "' is already linked to "
                        + (span == null ? "" : span + " of ") + "'" + source.name() + "'");
            }
            tx.cases().link(link);
            tx.audit().record("case.link", "case", c.guid(), "Linked case '" + c.name() + "' to "
                    + (span == null ? "" : span + " of ") + "'" + source.name() + "'", null, link, source.guid());
            return null;
        });
    }

    public void unlink(CaseId caseId, SourceId sourceId, Span span) {
        db.write(coder, tx -> {
            CaseRecord c = existing(tx, caseId);
            CaseLink link = new CaseLink(caseId, sourceId, span);
            if (tx.cases().unlink(link) == 0) {
                throw new QuireException("Case '" + c.name() + "' is not linked there");
            }
            String sourceGuid = tx.sources().get(sourceId).map(Source::guid).orElse(null);
            tx.audit().record("case.unlink", "case", c.guid(), "Unlinked case '" + c.name() + "'", link, null, sourceGuid);
            return null;
        });
    }

    public List<CaseLink> links(CaseId id) {
        return db.read(tx -> tx.cases().links(id));
    }

    public List<CaseLink> linksOfSource(SourceId id) {
        return db.read(tx -> tx.cases().linksOfSource(id));
    }

    public void delete(CaseId id) {
        db.write(coder, tx -> {
            CaseRecord c = existing(tx, id);
            tx.cases().delete(id);
            tx.audit().record("case.delete", "case", c.guid(), "Deleted case '" + c.name() + "'", c, null);
            return null;
        });
    }

    private static CaseRecord existing(Tx tx, CaseId id) {
        return tx.cases().get(id).orElseThrow(() -> new QuireException("Case " + id + " no longer exists"));
    }
}
