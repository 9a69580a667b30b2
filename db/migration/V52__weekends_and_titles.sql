-- "the summit happens this weekend, yes?": a weekend is a day the question offers, which Thursday
-- answers ("No."), not a word the article never uses.
INSERT OR IGNORE INTO slot_term (term, kind, canonical) VALUES ('weekend', 'day', 'the weekend'),
    ('this weekend', 'day', 'the weekend'), ('the weekend', 'day', 'the weekend');
