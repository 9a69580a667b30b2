-- More of what a yes/no question states can be checked against the article:
-- a nationality ("a Chinese newspaper?" against a Japanese one; only where it describes a
-- newspaper, a researcher or officials, see SlotFinder), the news agency ("a Reuters story?"),
-- the industry ("are the workers fishermen?" against logging).
INSERT OR IGNORE INTO slot_term (term, kind, canonical, within) VALUES
 ('chinese', 'nationality', 'China', NULL),
 ('japanese', 'nationality', 'Japan', NULL),
 ('south korean', 'nationality', 'South Korea', NULL),
 ('south koreans', 'nationality', 'South Korea', NULL),
 ('north korean', 'nationality', 'North Korea', NULL),
 ('north koreans', 'nationality', 'North Korea', NULL),
 ('the north korean', 'nationality', 'North Korea', NULL),
 ('the south korean', 'nationality', 'South Korea', NULL),
 ('korean', 'nationality', 'Korea', NULL),
 ('russian', 'nationality', 'Russia', NULL),
 ('american', 'nationality', 'United States', NULL),
 ('u s', 'nationality', 'United States', NULL),
 ('british', 'nationality', 'Britain', NULL),
 ('vietnamese', 'nationality', 'Vietnam', NULL),
 ('ap', 'agency', 'AP', NULL),
 ('associated press', 'agency', 'AP', NULL),
 ('reuters', 'agency', 'Reuters', NULL),
 ('afp', 'agency', 'AFP', NULL),
 ('bloomberg', 'agency', 'Bloomberg', NULL),
 ('cnn', 'agency', 'CNN', NULL),
 ('bbc', 'agency', 'BBC', NULL),
 ('yonhap', 'agency', 'Yonhap', NULL),
 ('xinhua', 'agency', 'Xinhua', NULL),
 ('tass', 'agency', 'TASS', NULL),
 ('kyodo', 'agency', 'Kyodo', NULL),
 ('logging', 'industry', 'logging', NULL),
 ('loggers', 'industry', 'logging', NULL),
 ('lumber', 'industry', 'logging', NULL),
 ('timber', 'industry', 'logging', NULL),
 ('forestry', 'industry', 'logging', NULL),
 ('fishing', 'industry', 'fishing', NULL),
 ('fishermen', 'industry', 'fishing', NULL),
 ('fisheries', 'industry', 'fishing', NULL),
 ('mining', 'industry', 'mining', NULL),
 ('miners', 'industry', 'mining', NULL),
 ('mines', 'industry', 'mining', NULL),
 ('construction', 'industry', 'construction', NULL),
 ('building sites', 'industry', 'construction', NULL),
 ('farming', 'industry', 'farming', NULL),
 ('farms', 'industry', 'farming', NULL),
 ('farmers', 'industry', 'farming', NULL),
 ('agriculture', 'industry', 'farming', NULL),
 ('factories', 'industry', 'manufacturing', NULL),
 ('manufacturing', 'industry', 'manufacturing', NULL),
 ('restaurants', 'industry', 'restaurants', NULL);

-- Words people use for what the article says in its own: "a lot of them" (many), "no deal"
-- (no agreements), "has Russia helped?" (aid), "keen on" / "eager to" (interest).
INSERT OR IGNORE INTO synonym (word, means) VALUES
 ('lot', 'many'),
 ('lots', 'many'),
 ('deal', 'agreements'),
 ('deals', 'agreements'),
 ('agree', 'agreements'),
 ('agreed', 'agreements'),
 ('helped', 'aid'),
 ('helping', 'aid'),
 ('helps', 'aid'),
 ('eager', 'interest'),
 ('keen', 'interest'),
 ('interested', 'interest'),
 ('happening', 'taking place'),
 ('dealt', 'experience'),
 ('worried', 'concern nervous'),
 ('short', 'shortage'),
 ('sector', 'industry'),
 ('sectors', 'industry'),
 ('job', 'work industry'),
 ('jobs', 'work industry'),
 ('wrong', 'fell apart failure'),
 ('sour', 'fell apart'),
 ('soured', 'fell apart');

-- Washington's warning is why Kim's appeal ran into the South's allegiance: "how come?" after
-- that obstacle is answered with it.
UPDATE answer_unit SET answer_types = 'description,reason'
 WHERE key = 'south_korea.warning' AND answer_types = 'description';


-- "who came up with that estimate?": the revenue unit says who estimated it (U.S. officials).
UPDATE answer_unit SET answer_types = 'amount,person'
 WHERE key = 'laborers.revenue' AND answer_types = 'amount';
