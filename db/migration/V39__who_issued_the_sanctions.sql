-- "is that an EU sanction?", "was it an american sanction?" against "a 2017 U.N. sanctions
-- resolution": the body behind a resolution is named like a nationality, so another one is a no.
INSERT OR IGNORE INTO slot_term (term, kind, canonical, within) VALUES
    ('u n', 'nationality', 'United Nations', NULL),
    ('un', 'nationality', 'United Nations', NULL),
    ('united nations', 'nationality', 'United Nations', NULL),
    ('eu', 'nationality', 'European Union', NULL),
    ('e u', 'nationality', 'European Union', NULL),
    ('european', 'nationality', 'European Union', NULL),
    ('european union', 'nationality', 'European Union', NULL);
