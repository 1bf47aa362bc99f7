-- 0003: prefix indexes on the search table, so search-as-you-type stays fast at 10,000
-- students (measured in bench/vault.py). The rows are copied, not rebuilt.

CREATE VIRTUAL TABLE search_index_new USING fts5(
    student_id UNINDEXED,
    name,
    personnummer,
    school,
    notes,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3'
);

INSERT INTO search_index_new (student_id, name, personnummer, school, notes)
SELECT student_id, name, personnummer, school, notes FROM search_index;

DROP TABLE search_index;

ALTER TABLE search_index_new RENAME TO search_index;
