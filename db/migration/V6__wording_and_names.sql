-- Wording found wanting in testing, and names users type. Seeded values change only where no
-- admin has edited them.

UPDATE fact SET value = 'in the hundreds of millions of dollars'
 WHERE key = 'laborers.revenue' AND value = 'in the hundreds of millions of dollars (a U.S. officials'' estimate)';

UPDATE fact SET value = 'Glad to help! Ask me about the Kim-Putin summit any time.'
 WHERE key = 'bot.goodbye' AND value = 'You''re welcome! Ask me about the Kim-Putin summit any time.';

-- The article says Russia "has shown a willingness to provide" aid, not that it offered it.
UPDATE reply_template
   SET template = 'North Korea faces {food_aid.shortage}. Russia has shown a willingness to provide humanitarian aid, and {food_aid.when} said it had shipped {food_aid.shipment} to the North Korean port of {food_aid.port}.'
 WHERE name = 'food_aid';

INSERT INTO reply_template (name, intent, template) VALUES
 ('summit_count.not_kim', 'summit_count', 'The article only counts Kim Jong Un''s summits: ask about his summits with {person.known}.');

INSERT INTO person_alias (alias, person_id, relative_of) VALUES
 ('jinping', 'xi_jinping', NULL), ('donald', 'donald_trump', NULL), ('vlad', 'vladimir_putin', NULL),
 ('vladimir', 'vladimir_putin', NULL), ('dmitry', 'dmitry_medvedev', NULL), ('dmitri', 'dmitry_medvedev', NULL),
 ('jae in', 'moon_jae_in', NULL), ('kims dad', 'kim_jong_il', NULL), ('kims father', 'kim_jong_il', NULL),
 ('kims grandfather', 'kim_il_sung', NULL), ('kims grandpa', 'kim_il_sung', NULL);
