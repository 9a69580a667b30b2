-- "achievable?", "is that realistic?" after the trade target: the article's word is "unlikely".
INSERT OR IGNORE INTO synonym (word, means) VALUES ('achievable', 'unlikely'), ('realistic', 'unlikely'),
    ('feasible', 'unlikely'), ('doable', 'unlikely');
