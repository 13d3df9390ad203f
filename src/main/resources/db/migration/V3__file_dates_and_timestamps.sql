-- Quire project schema, version 3: the original file's date, and transcript timestamps as positions.

ALTER TABLE source ADD COLUMN file_modified_at TIMESTAMP WITH TIME ZONE;

-- A time written in a transcript ("[00:12:31]") and where it is written, so a media player can
-- later be synchronised with the text.
CREATE TABLE source_timestamp (
    source_id    BIGINT NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    start_offset INT    NOT NULL,
    end_offset   INT    NOT NULL,
    seconds      INT    NOT NULL CHECK (seconds >= 0),
    PRIMARY KEY (source_id, start_offset),
    CHECK (start_offset >= 0 AND end_offset > start_offset)
);
