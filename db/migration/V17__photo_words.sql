-- "who took the photos?", "who's the photographer?": the article says the photos are "by" two
-- photographers; taking and photographers are its photos.
INSERT OR IGNORE INTO synonym (word, means) VALUES
 ('took', 'photos'), ('photographer', 'photos'), ('photographers', 'photos'), ('snapped', 'photos');
