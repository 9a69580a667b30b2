-- A general word covers the article's more specific one: "people on the ground" are its
-- businessmen, "has kim met trump?" asks of its summits, "assist" is its "helped", "demands" are
-- its wish list, "sanctions relief" its easing of sanctions, "mostly" its "primary", "how it
-- behaves" its "behavior".
INSERT OR IGNORE INTO synonym (word, means) VALUES
    ('people', 'businessmen'),
    ('assist', 'helped'), ('assisted', 'helped'), ('aid', 'helped'),
    ('demands', 'wish list'), ('requests', 'wish list'), ('asks', 'wish list'),
    ('relief', 'easing'), ('mostly', 'primary'), ('mainly', 'primary'), ('matters', 'concern'),
    ('behaves', 'behavior'), ('behave', 'behavior'), ('knows', 'experience'), ('need', 'desire'),
    ('met', 'summits'), ('meet', 'summits');
