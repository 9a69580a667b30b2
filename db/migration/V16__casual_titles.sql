-- Casual titles people type instead of names ("the russian guy", "kim's old man", "nk boss").
INSERT OR IGNORE INTO person_alias (alias, person_id, relative_of) VALUES
 ('russian guy', 'vladimir_putin', NULL), ('russian dude', 'vladimir_putin', NULL),
 ('russia guy', 'vladimir_putin', NULL), ('russian boss', 'vladimir_putin', NULL),
 ('north korean guy', 'kim_jong_un', NULL), ('north korean boss', 'kim_jong_un', NULL),
 ('north korea s boss', 'kim_jong_un', NULL), ('nk leader', 'kim_jong_un', NULL),
 ('nk boss', 'kim_jong_un', NULL), ('nk guy', 'kim_jong_un', NULL),
 ('chinese guy', 'xi_jinping', NULL), ('china guy', 'xi_jinping', NULL),
 ('south korean guy', 'moon_jae_in', NULL), ('american guy', 'donald_trump', NULL),
 ('kim old man', 'kim_jong_il', NULL), ('kims old man', 'kim_jong_il', NULL),
 ('old man', 'kim_jong_il', 'kim_jong_un');
