package org.quire.service.memos;

import java.util.List;
import org.quire.model.AuditEntry;
import org.quire.model.NodeId;
import org.quire.model.ThemeId;
import org.quire.service.nodes.NodeService;
import org.quire.store.Database;

/** Reads the audit trail: the reflexive record of what changed, when and by whom. */
public final class AuditService {
    private final Database db;

    public AuditService(Database db) {
        this.db = db;
    }

    /** The latest entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return db.read(tx -> tx.audit().recent(limit));
    }

    /** Everything that happened to a node and its codings, newest first. */
    public List<AuditEntry> forNode(NodeId id) {
        return db.read(tx -> tx.audit().concerning(tx.nodes().existing(id).guid()));
    }

    public List<AuditEntry> forTheme(ThemeId id) {
        return db.read(tx -> tx.audit().concerning(tx.themes().get(id).orElseThrow(
                () -> new org.quire.model.QuireException("Theme " + id + " no longer exists")).guid()));
    }

    /** Entries concerning any entity by GUID, including entities since deleted. */
    public List<AuditEntry> forGuid(String guid) {
        return db.read(tx -> tx.audit().concerning(guid));
    }
}
