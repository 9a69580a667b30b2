-- "Is Kim's main priority denuclearisation?": British spellings of the article's words, so a question
-- spelt that way is read as the article's word ("Despite all the talk ... about denuclearization").
INSERT OR IGNORE INTO synonym (word, means) VALUES ('denuclearisation', 'denuclearization'),
    ('denuclearise', 'denuclearization'), ('behaviour', 'behavior'), ('labour', 'laborers');
