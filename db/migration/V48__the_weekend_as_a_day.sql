-- "the summit happens this weekend, yes?": the weekend is a time of the week, checked like a day
-- (against "Thursday" it is a no).
INSERT OR IGNORE INTO slot_term (term, kind, canonical) VALUES
    ('weekend', 'day', 'the weekend'), ('weekends', 'day', 'the weekend');
