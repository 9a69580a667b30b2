-- "end of next yr?", "last yr?": years as people shorten them.
INSERT OR IGNORE INTO slot_term (term, kind, canonical) VALUES
    ('last yr', 'period', 'last year'), ('this yr', 'period', 'this year'), ('next yr', 'period', 'next year');
