-- Quire project schema, version 10: the audit trail written with fewer B-trees per entry.
-- Portable SQL: runs on H2 2.x and PostgreSQL (see V1__core.sql and docs/decisions/0003).
--
-- Why (docs/decisions/0009): H2 writes every commit as a chunk holding each B-tree page the
-- commit changed, from the root down. An audit entry touched eight B-trees besides the change
-- it records: the log, its action index, the four of audit_subject (rows, primary key, the
-- foreign key's index, the GUID index), and H2's LOB maps for every JSON value longer than 256
-- characters, which were most of them. Measured on a coding session this was half of each
-- chunk's bytes, and the pages left live in old chunks kept those chunks from being reused.

-- The JSON detail of an entry lives in its row. A value longer than 32,768 characters (a node
-- deleted with thousands of codings) goes to the *_large CLOB column instead; AuditStore reads
-- whichever is set.
ALTER TABLE audit_log ADD COLUMN before_json_large CLOB;
ALTER TABLE audit_log ADD COLUMN after_json_large CLOB;
UPDATE audit_log SET before_json_large = before_json, before_json = NULL WHERE LENGTH(before_json) > 32768;
UPDATE audit_log SET after_json_large = after_json, after_json = NULL WHERE LENGTH(after_json) > 32768;
ALTER TABLE audit_log ALTER COLUMN before_json SET DATA TYPE VARCHAR(32768);
ALTER TABLE audit_log ALTER COLUMN after_json SET DATA TYPE VARCHAR(32768);

-- The subjects of an entry, keyed by what is looked up (the GUID), so that one index serves both
-- uniqueness and the per-entity trail. The foreign key to audit_log goes: both tables are
-- append-only and written together by one statement pair, nothing deletes from either, and the
-- key's index was a B-tree more on every entry.
CREATE TABLE audit_subject_by_guid (
    guid     CHAR(36) NOT NULL,
    audit_id BIGINT   NOT NULL,
    PRIMARY KEY (guid, audit_id)
);
INSERT INTO audit_subject_by_guid (guid, audit_id) SELECT guid, audit_id FROM audit_subject;
DROP TABLE audit_subject;
ALTER TABLE audit_subject_by_guid RENAME TO audit_subject;
