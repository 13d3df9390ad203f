-- Quire project schema, version 7: the Sources pane's folders, and each source's original file name.
-- A folder exists while a source is in it or below it, or while it is listed here: a folder the
-- researcher made and has not filled yet ("Interviews/Wave 2") is kept by this table alone.
CREATE TABLE source_folder (
    path       VARCHAR(1000) PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The name of the file a source was imported from, as the researcher's file system showed it
-- ("Interview 03 - Amara.docx"). Unknown (NULL) for sources imported before this version.
ALTER TABLE source ADD COLUMN file_name VARCHAR(600);
