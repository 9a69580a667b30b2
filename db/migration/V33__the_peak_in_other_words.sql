-- "how many at the high point?", "at their height": the peak in other words, a time before now.
INSERT OR IGNORE INTO slot_term (term, kind, canonical, within) VALUES
    ('high point', 'period', 'before', NULL), ('at the height', 'period', 'before', NULL),
    ('at its height', 'period', 'before', NULL), ('at their height', 'period', 'before', NULL),
    ('at their peak', 'period', 'before', NULL), ('heyday', 'period', 'before', NULL),
    ('highest point', 'period', 'before', NULL), ('at the top', 'period', 'before', NULL),
    ('formerly', 'period', 'before', NULL), ('once had', 'period', 'before', NULL);
