-- "does Kim want the money to keep coming?", "does he want that to continue?": the article's words
-- are "keep that revenue flowing".
INSERT OR IGNORE INTO synonym (word, means) VALUES ('coming', 'flowing'), ('continue', 'keep flowing'),
    ('continuing', 'keep flowing'), ('continues', 'keep flowing');
