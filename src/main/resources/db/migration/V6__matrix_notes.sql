-- Quire project schema, version 6: what the analyst writes beside theme and framework matrices.
-- Keyed by GUIDs, not ids, and without foreign keys on purpose: a deleted coding or theme that is
-- restored by undo comes back under a new id but the same GUID, and its notes must come back with it.

-- One row per extract (coding) of one theme's matrix: the analyst's note, and whether it is a
-- quotation chosen for the report. The same extract can carry a different note in another theme.
CREATE TABLE theme_extract_note (
    theme_guid  CHAR(36)  NOT NULL,
    coding_guid CHAR(36)  NOT NULL,
    note        VARCHAR   NOT NULL DEFAULT '',
    quote       BOOLEAN   NOT NULL DEFAULT FALSE,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  BIGINT    NOT NULL REFERENCES coder (id),
    PRIMARY KEY (theme_guid, coding_guid)
);

-- The analyst's summary of one framework-matrix cell. A row is a source or a case (row_guid, with
-- row_value '') or one value of a source attribute (the attribute's GUID and the value); the column
-- is a theme or sub-theme.
CREATE TABLE framework_summary (
    row_guid    CHAR(36)      NOT NULL,
    row_value   VARCHAR(4000) NOT NULL DEFAULT '',
    theme_guid  CHAR(36)      NOT NULL,
    summary     VARCHAR       NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  BIGINT        NOT NULL REFERENCES coder (id),
    PRIMARY KEY (row_guid, row_value, theme_guid)
);
CREATE INDEX framework_summary_theme ON framework_summary (theme_guid);
