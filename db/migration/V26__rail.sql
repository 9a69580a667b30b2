-- "any plans for a railway to Europe?": the article says "rail routes" there and "railroads" of
-- the South's projects.
UPDATE synonym SET means = means || ' rail' WHERE word IN ('railway', 'railways') AND means NOT LIKE '%rail %'
    AND means NOT LIKE '% rail';
INSERT OR IGNORE INTO synonym (word, means) VALUES ('railroad', 'rail');
