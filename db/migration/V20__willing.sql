-- "is Russia willing to help?": the article's word is "willingness" (the stemmer keeps them apart).
INSERT OR IGNORE INTO synonym (word, means) VALUES ('willing', 'willingness');
