-- Words as people type them on phones: "ru" and "rus" for Russia, "ppl" for people.
INSERT OR IGNORE INTO synonym (word, means) VALUES ('ru', 'russia'), ('rus', 'russia'), ('ppl', 'people businessmen');
-- "what did they send?" asks for the thing sent: the wheat and its amount, not only the amount.
UPDATE answer_unit SET answer_types = 'amount,description' WHERE key = 'food_aid.shipment';
-- Wars, checked like places: "did russia help rebuild nk after wwii?" against "after the 1950-53
-- Korean War" is a no, not a yes.
INSERT OR IGNORE INTO slot_term (term, kind, canonical) VALUES
    ('korean war', 'war', 'the Korean War'), ('the korean war', 'war', 'the Korean War'),
    ('wwii', 'war', 'World War II'), ('ww2', 'war', 'World War II'), ('world war ii', 'war', 'World War II'),
    ('world war 2', 'war', 'World War II'), ('world war two', 'war', 'World War II'),
    ('second world war', 'war', 'World War II'), ('the second world war', 'war', 'World War II'),
    ('wwi', 'war', 'World War I'), ('ww1', 'war', 'World War I'), ('world war i', 'war', 'World War I'),
    ('world war 1', 'war', 'World War I'), ('world war one', 'war', 'World War I'),
    ('first world war', 'war', 'World War I'), ('the first world war', 'war', 'World War I'),
    ('vietnam war', 'war', 'the Vietnam War'), ('cold war', 'war', 'the Cold War'),
    ('the cold war', 'war', 'the Cold War');
-- "what r kims 2 big worries": a figure typed as a digit finds the article's figure in words.
INSERT OR IGNORE INTO synonym (word, means) VALUES ('2', 'two'), ('3', 'three'), ('4', 'four');
