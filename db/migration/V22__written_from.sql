-- "where was it written from?": where a report was written is its dateline.
INSERT OR IGNORE INTO synonym (word, means) VALUES ('written', 'datelined');
