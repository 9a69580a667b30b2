-- Indirect titles people use instead of names ("the guy running Russia", "China's boss").
INSERT OR IGNORE INTO person_alias (alias, person_id, relative_of) VALUES
 ('guy running russia', 'vladimir_putin', NULL), ('man running russia', 'vladimir_putin', NULL),
 ('guy who runs russia', 'vladimir_putin', NULL), ('head of russia', 'vladimir_putin', NULL),
 ('russia s leader', 'vladimir_putin', NULL), ('russia s president', 'vladimir_putin', NULL),
 ('kremlin boss', 'vladimir_putin', NULL), ('kremlin guy', 'vladimir_putin', NULL),
 ('russian leader', 'vladimir_putin', NULL), ('russia boss', 'vladimir_putin', NULL),
 ('guy running north korea', 'kim_jong_un', NULL), ('man running north korea', 'kim_jong_un', NULL),
 ('guy who runs north korea', 'kim_jong_un', NULL), ('north korea s leader', 'kim_jong_un', NULL),
 ('head of north korea', 'kim_jong_un', NULL), ('pyongyang s leader', 'kim_jong_un', NULL),
 ('guy running china', 'xi_jinping', NULL), ('man running china', 'xi_jinping', NULL),
 ('guy who runs china', 'xi_jinping', NULL), ('china s leader', 'xi_jinping', NULL),
 ('china s president', 'xi_jinping', NULL), ('head of china', 'xi_jinping', NULL),
 ('chinese leader', 'xi_jinping', NULL),
 ('south korea s president', 'moon_jae_in', NULL), ('south korean leader', 'moon_jae_in', NULL),
 ('guy running south korea', 'moon_jae_in', NULL),
 ('american president', 'donald_trump', NULL), ('us president', 'donald_trump', NULL),
 ('guy running america', 'donald_trump', NULL);
