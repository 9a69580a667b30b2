-- "what's the trade target?" asks what it is: the goal states it. "what's on Kim's wish list?"
-- asks what is on it: the wish list fact says only that it is long, not what it lists.
UPDATE answer_unit SET answer_types = answer_types || ',description'
    WHERE key = 'trade_target.goal' AND answer_types NOT LIKE '%description%';
UPDATE answer_unit SET answer_types = 'description' WHERE key = 'kim_goals.wish_list' AND answer_types = 'list,description';
INSERT OR IGNORE INTO synonym (word, means) VALUES ('wishlist', 'wish list');
