-- Claims that blind question writers kept putting in their own words: Putin "following through"
-- is "carrying out" the projects; Kim's "image", "diplomacy" and "becoming" a player are the
-- summitry "establishing" him as one.
INSERT OR IGNORE INTO synonym (word, means) VALUES
    ('follow', 'carrying'), ('followed', 'carrying'), ('following', 'carrying'),
    ('diplomacy', 'summitry'), ('become', 'establishing'), ('became', 'establishing');
UPDATE synonym SET means = means || ' establishing' WHERE word IN ('help', 'helped') AND means NOT LIKE '%establishing%';
UPDATE synonym SET means = means || ' serious player' WHERE word = 'image' AND means NOT LIKE '%serious%';
