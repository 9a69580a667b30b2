-- The word index of the units as rows (term, unit, column, position), read by the bot once per
-- revision of the units so that it ranks a question's words in memory, with the index's own stems,
-- instead of running a full-text query for every question. A view of unit_fts: it holds no data.
CREATE VIRTUAL TABLE unit_fts_terms USING fts5vocab(unit_fts, instance);
