-- "china trade numbers", "any stats on that?": the figures the article gives or says it lacks
-- ("The article gives no trade figures for China").
INSERT OR IGNORE INTO synonym (word, means) VALUES ('numbers', 'figures'), ('stats', 'figures'),
    ('statistics', 'figures');
