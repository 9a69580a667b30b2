-- "was kim jong il the current north korean leader's uncle?": Kim Jong Un named as the current leader.
-- (Not "the current leader" alone, which "the current leader of russia" would take.)
INSERT OR IGNORE INTO person_alias (alias, person_id, relative_of) VALUES
    ('current north korean leader', 'kim_jong_un', NULL), ('current north korea leader', 'kim_jong_un', NULL),
    ('north korea s current leader', 'kim_jong_un', NULL), ('nk s current leader', 'kim_jong_un', NULL),
    ('current nk leader', 'kim_jong_un', NULL), ('current leader of north korea', 'kim_jong_un', NULL);
