-- "is this article from the NY Times?": outlets a reader may guess, so the AP's name can deny them.
INSERT OR IGNORE INTO slot_term (term, kind, canonical, within) VALUES
 ('ny times', 'agency', 'The New York Times', NULL), ('new york times', 'agency', 'The New York Times', NULL),
 ('nyt', 'agency', 'The New York Times', NULL), ('washington post', 'agency', 'The Washington Post', NULL),
 ('wall street journal', 'agency', 'The Wall Street Journal', NULL), ('wsj', 'agency', 'The Wall Street Journal', NULL),
 ('fox news', 'agency', 'Fox News', NULL), ('nbc', 'agency', 'NBC', NULL), ('cbs', 'agency', 'CBS', NULL),
 ('al jazeera', 'agency', 'Al Jazeera', NULL), ('the guardian', 'agency', 'The Guardian', NULL);
-- "did Moscow assist in the reconstruction?", "does the North rely on China?": the article's words.
INSERT OR IGNORE INTO synonym (word, means) VALUES ('assist', 'help'), ('assisted', 'help'),
 ('reconstruction', 'rebuild'), ('reconstruct', 'rebuild'), ('rely', 'depended'), ('relies', 'depended'),
 ('relied', 'depended');
