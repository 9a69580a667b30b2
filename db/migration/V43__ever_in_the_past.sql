-- "were there ever 50,000 workers?", "was it ever more than that?": "ever" after a past verb asks
-- about a time before now, which the peak answers (not today's count).
INSERT OR IGNORE INTO slot_term (term, kind, canonical, within) VALUES
    ('were there ever', 'period', 'before', NULL), ('was there ever', 'period', 'before', NULL),
    ('was it ever', 'period', 'before', NULL), ('were they ever', 'period', 'before', NULL),
    ('did they ever number', 'period', 'before', NULL), ('did it ever', 'period', 'before', NULL);
