-- Example questions learned from conversations written blind by many hands (harvested by
-- `summit-bot data harvest`), kept apart from the hand-written examples: they teach the classifier,
-- the semantic index and the ranker's sense of what a unit is asked with, but their words do not
-- count as words the article knows (see UnitRanker).
ALTER TABLE answer_unit ADD COLUMN learned_examples TEXT NOT NULL DEFAULT '';

-- Word search covers both kinds of example.
DROP TRIGGER fact_unit_ai;
CREATE TRIGGER fact_unit_ai AFTER INSERT ON fact BEGIN
    INSERT INTO unit_fts (key, intent, text, examples)
        VALUES (new.key, new.intent, new.value, COALESCE((SELECT examples || char(10) || learned_examples
            FROM answer_unit WHERE key = new.key), ''));
END;
DROP TRIGGER answer_unit_ai;
CREATE TRIGGER answer_unit_ai AFTER INSERT ON answer_unit BEGIN
    UPDATE unit_fts SET examples = new.examples || char(10) || new.learned_examples WHERE key = new.key;
END;
DROP TRIGGER answer_unit_au;
CREATE TRIGGER answer_unit_au AFTER UPDATE OF examples, learned_examples ON answer_unit BEGIN
    UPDATE unit_fts SET examples = new.examples || char(10) || new.learned_examples WHERE key = new.key;
END;
