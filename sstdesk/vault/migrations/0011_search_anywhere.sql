-- 0011: search finds words anywhere in a name ("ström" finds Bergström), through a
-- trigram index of the names beside the word index. Both share one rowid per student,
-- kept in search_rows, so a student's rows are replaced by rowid: search_index's
-- student_id is UNINDEXED, and a DELETE by it scanned the whole table (issue 17).
-- The word index is rebuilt with those rowids (its texts copied as they were: they are
-- already masked for protected students), and the name index is built from it.

CREATE TABLE search_rows (
    id INTEGER PRIMARY KEY,
    student_id TEXT NOT NULL UNIQUE
);

-- One row per student, the newest if an old index held two.
INSERT INTO search_rows (student_id)
SELECT student_id FROM search_index
WHERE rowid IN (SELECT max(rowid) FROM search_index GROUP BY student_id)
ORDER BY rowid;

CREATE VIRTUAL TABLE search_index_new USING fts5(
    student_id UNINDEXED,
    name,
    personnummer,
    school,
    notes,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3'
);

INSERT INTO search_index_new (rowid, student_id, name, personnummer, school, notes)
SELECT r.id, s.student_id, s.name, s.personnummer, s.school, s.notes
FROM search_index s JOIN search_rows r ON r.student_id = s.student_id
WHERE s.rowid IN (SELECT max(rowid) FROM search_index GROUP BY student_id);

DROP TABLE search_index;

ALTER TABLE search_index_new RENAME TO search_index;

-- Only the name: what a protected student is already findable by, and nothing more.
-- Case and diacritics are folded as in the word index (ström, Ström and strom alike).
CREATE VIRTUAL TABLE search_names USING fts5(
    name,
    tokenize = "trigram remove_diacritics 1"
);

INSERT INTO search_names (rowid, name)
SELECT rowid, name FROM search_index;
