-- Everyday words for the article's own: "is Seoul allied with Washington?" (allegiance), "would the
-- trade goal need that?" (require), "up for giving aid?" (provide), "is the timing surprising?"
-- (surprisingly late), "did the plan include talks?".
INSERT OR IGNORE INTO synonym (word, means) VALUES
 ('allied', 'allegiance'), ('ally', 'allegiance'), ('alliance', 'allegiance'),
 ('need', 'require'), ('needs', 'require'), ('needed', 'require'),
 ('giving', 'provide'), ('gives', 'provide'), ('gave', 'provide'),
 ('surprising', 'surprisingly'), ('surprised', 'surprisingly'), ('surprise', 'surprisingly'),
 ('timing', 'late'),
 ('include', 'plan'), ('included', 'plan'), ('includes', 'plan');
-- "who wants that money to keep coming?": the Kim regime, who the fact is about.
UPDATE answer_unit SET answer_types = 'reason,person' WHERE key = 'laborers.keep_flowing'
    AND answer_types = 'reason';
