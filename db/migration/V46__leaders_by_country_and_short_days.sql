-- "who leads russia?", "who runs north korea?": the leader asked for by what he leads. Each is the
-- article's own title put as a verb ("North Korean leader Kim Jong Un", "Russian President
-- Vladimir Putin", "Chinese President Xi Jinping", "South Korean President Moon Jae-in").
INSERT OR IGNORE INTO person_alias (alias, person_id, relative_of) VALUES
    ('leads north korea', 'kim_jong_un', NULL), ('runs north korea', 'kim_jong_un', NULL),
    ('rules north korea', 'kim_jong_un', NULL), ('leading north korea', 'kim_jong_un', NULL),
    ('running north korea', 'kim_jong_un', NULL), ('in charge of north korea', 'kim_jong_un', NULL),
    ('leads nk', 'kim_jong_un', NULL), ('runs nk', 'kim_jong_un', NULL),
    ('leads russia', 'vladimir_putin', NULL), ('runs russia', 'vladimir_putin', NULL),
    ('rules russia', 'vladimir_putin', NULL), ('leading russia', 'vladimir_putin', NULL),
    ('running russia', 'vladimir_putin', NULL), ('in charge of russia', 'vladimir_putin', NULL),
    ('leads china', 'xi_jinping', NULL), ('runs china', 'xi_jinping', NULL),
    ('leading china', 'xi_jinping', NULL), ('in charge of china', 'xi_jinping', NULL),
    ('leads south korea', 'moon_jae_in', NULL), ('runs south korea', 'moon_jae_in', NULL),
    ('leading south korea', 'moon_jae_in', NULL), ('in charge of south korea', 'moon_jae_in', NULL);


-- "summit's on fri right?", "and it's thurs?": days as people shorten them ("sat", "sun" and the "mon" of "c'mon" are
-- words of their own, so not those).
INSERT OR IGNORE INTO slot_term (term, kind, canonical) VALUES
    ('tue', 'day', 'Tuesday'), ('tues', 'day', 'Tuesday'), ('wed', 'day', 'Wednesday'),
    ('weds', 'day', 'Wednesday'), ('thu', 'day', 'Thursday'), ('thur', 'day', 'Thursday'),
    ('thurs', 'day', 'Thursday'), ('fri', 'day', 'Friday');
