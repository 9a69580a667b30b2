-- "is kim looking to score a win?": the article's "a strong desire to notch a win".
INSERT OR IGNORE INTO synonym (word, means) VALUES ('score', 'notch'), ('scoring', 'notch');
