-- "kicked out because of a UN resolution?": the article writes "U.N.", which reads as "u n".
INSERT OR IGNORE INTO synonym (word, means) VALUES ('un', 'u n');
