package org.quire.model;

import java.time.Instant;

/**
 * One entry of the append-only audit trail.
 *
 * @param action     what was done, e.g. "node.merge", "coding.add"
 * @param entityType the kind of thing changed, e.g. "node"
 * @param summary    one readable sentence, e.g. "Merged 'Trust issues' into 'Trust'"
 * @param before     JSON of the state before (null for a creation)
 * @param after      JSON of the state after (null for a deletion)
 */
public record AuditEntry(long id, Instant at, String coder, String action, String entityType,
                         String entityGuid, String summary, String before, String after) {
}
