-- "the U.S." and "the United States" are read as one word, "america" (ContentWords): the words
-- people type for the country stand for it too.
UPDATE synonym SET means = means || ' america'
    WHERE word IN ('us', 'usa', 'american', 'americans') AND ' ' || means || ' ' NOT LIKE '% america %';
-- "is it a secretive move?" against "Kim's furtive pivot north".
INSERT OR IGNORE INTO synonym (word, means) VALUES ('move', 'pivot'), ('shift', 'pivot');
-- "is he taking his armoured train?", "is kim flying?": how the leaders travel, which the article
-- does not say.
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('location.gap_travel', 'location',
    'The article doesn''t say how Kim travels there; it says the meeting is taking place in the Russian city of Vladivostok.', 16);
INSERT INTO answer_unit (key, kind, answer_types, also_paragraphs, examples) VALUES
 ('location.gap_travel', 'gap', 'description', '', 'how is kim travelling, by plane or by train?
is kim flying to russia?
will kim fly there?
does kim take the train to the summit?
is kim riding his armoured train to russia?
is he travelling by car?
does putin fly in?');
-- "the summit happens on friday, yes?": the meeting "is taking place" ("what happens to the workers?"
-- asks another thing, so only the summit's own words).
INSERT OR IGNORE INTO synonym (word, means) VALUES ('occur', 'taking place'), ('occurs', 'taking place'),
    ('occurring', 'taking place');
-- "did the workers use to be 20k?": "used to" as typed after "did".
INSERT OR IGNORE INTO slot_term (term, kind, canonical) VALUES ('use to', 'period', 'before');
-- ("trump is the us president right?": the country's name as one word is the country too.)
INSERT OR IGNORE INTO slot_term (term, kind, canonical) VALUES ('america', 'nationality', 'United States');
-- "what's driving the expulsions?": the laborers "are being kicked out".
INSERT OR IGNORE INTO synonym (word, means) VALUES ('expulsion', 'kicked out'), ('expulsions', 'kicked out'),
    ('expelling', 'kicked out'), ('deportation', 'kicked out'), ('deportations', 'kicked out'),
    ('deporting', 'kicked out');
