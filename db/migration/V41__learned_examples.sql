-- Example questions learned from conversations written blind by many hands (harvested by
-- `summit-bot data harvest`), kept apart from the hand-written examples: they teach the classifier,
-- the semantic index and the ranker's sense of what a unit is asked with, but not word search
-- (unit_fts), whose best match may overrule the classifier, and their words do not count as words
-- the article knows (see UnitRanker).
ALTER TABLE answer_unit ADD COLUMN learned_examples TEXT NOT NULL DEFAULT '';
