-- "president of russia" and similar word orders users type.
INSERT INTO person_alias (alias, person_id, relative_of) VALUES
 ('president of russia', 'vladimir_putin', NULL), ('russian president putin', 'vladimir_putin', NULL),
 ('leader of russia', 'vladimir_putin', NULL),
 ('president of china', 'xi_jinping', NULL), ('leader of china', 'xi_jinping', NULL),
 ('president of south korea', 'moon_jae_in', NULL), ('leader of south korea', 'moon_jae_in', NULL),
 ('president of the united states', 'donald_trump', NULL), ('president of the us', 'donald_trump', NULL),
 ('us leader', 'donald_trump', NULL),
 ('leader of north korea', 'kim_jong_un', NULL), ('north korean dictator', 'kim_jong_un', NULL),
 ('former president of russia', 'dmitry_medvedev', NULL);
