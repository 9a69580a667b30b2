-- "is pyongyang nervous about depending on china?", "are the workers lumberjacks?", "is seoul siding
-- with washington?": everyday words for the article's own ("reliance", "logging", "allegiance").
INSERT OR IGNORE INTO synonym (word, means) VALUES ('depend', 'reliance depended'),
    ('depends', 'reliance depended'), ('depending', 'reliance depended'), ('dependent', 'reliance depended'),
    ('dependence', 'reliance depended'), ('relying', 'reliance depended'), ('relies', 'reliance depended'),
    ('reliant', 'reliance depended'), ('lumberjack', 'logging'),
    ('lumberjacks', 'logging'), ('siding', 'allegiance');
