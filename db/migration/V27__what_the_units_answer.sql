-- "what's the trade target?" asks what it is: the goal states it. "what's on Kim's wish list?"
-- asks what is on it: the wish list fact says only that it is long, the topic's summary says what
-- it holds, so the questions about its contents are the summary's examples.
UPDATE answer_unit SET answer_types = answer_types || ',description'
    WHERE key = 'trade_target.goal' AND answer_types NOT LIKE '%description%';
UPDATE answer_unit SET answer_types = 'description' WHERE key = 'kim_goals.wish_list' AND answer_types = 'list,description';
UPDATE answer_unit SET examples = replace(replace(replace(examples,
        'what is kim asking for at the summit?' || char(10), ''),
        'what''s kim hoping to get out of the meeting?' || char(10), ''),
        'what''s on kim''s shopping list for russia?' || char(10), '')
    WHERE key = 'kim_goals.wish_list';
UPDATE answer_unit SET examples = examples || char(10) || 'what is kim asking for at the summit?' || char(10)
        || 'what''s on kim''s shopping list for russia?'
    WHERE key = 'kim_goals.summary' AND examples NOT LIKE '%shopping list%';
INSERT OR IGNORE INTO synonym (word, means) VALUES ('wishlist', 'wish list');
