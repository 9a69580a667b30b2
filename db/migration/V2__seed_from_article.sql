-- Seeds the database from the AP article so a fresh database answers every intent.

-- The article and its paragraphs (positions are the article's own order).
INSERT INTO article (id, title, source, dateline, published) VALUES (1, 'North Korea''s Kim will go into Putin summit needing a win', 'The Associated Press (AP)', 'TOKYO', 'April 2019');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (1, 1, 1, 'Photo caption', 'FILE - This combination file photo, shows Russian President Vladimir Putin, left, in St. Petersburg, Russia, April 9, 2019, and North Korean leader Kim Jong Un in Hanoi, Vietnam, on Feb. 28, 2019. When Kim meets with Putin for their first one-on-one meeting, he will have a long wish list and a strong desire to notch a win after the failure of his second summit with U.S. President Donald Trump in February 2019. (AP Photo/Dmitri Lovetsky, Evan Vucci, File)');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (2, 1, 2, NULL, 'TOKYO (AP) — When North Korean leader Kim Jong Un meets with Russian President Vladimir Putin for their first one-on-one meeting, he will have a long wish list and a strong desire to notch a win after the failure of his second summit with President Donald Trump.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (3, 1, 3, NULL, 'But it''s not entirely clear how much Putin can or will oblige.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (4, 1, 4, NULL, 'Despite a relationship that goes back to the very foundation of North Korea, relations between Pyongyang and Moscow haven''t always been the picture of comradery, or even particularly close.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (5, 1, 5, NULL, 'A look at what Kim is hoping to get out of his furtive pivot north, and why he might be looking to shake things up as his talks with the U.S. and parallel campaign to win massive investment from South Korea have stalled:');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (6, 1, 6, 'Kim''s Wish List', 'Kim has two urgent concerns as he heads to the summit.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (7, 1, 7, 'Kim''s Wish List', 'More than 10,000 North Korean laborers still employed in Russia, many working in the logging industry in the Russian Far East, are being kicked out by the end of this year as a 2017 U.N. sanctions resolution takes effect. The laborers, who previously numbered as many as 50,000, have provided a revenue stream estimated by U.S. officials in the hundreds of millions of dollars that the Kim regime would like to keep flowing.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (8, 1, 8, 'Kim''s Wish List', 'Kim is also looking at the possibility of a food shortage this summer. Russia has shown a willingness to provide humanitarian aid and just last month announced that it had shipped more than 2,000 tons of wheat to the North Korean port of Chongjin.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (9, 1, 9, 'Kim''s Wish List', 'But his decision to more actively court Putin undoubtedly goes deeper than that.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (10, 1, 10, 'Kim''s Wish List', 'Despite all the talk in Washington about denuclearization, Kim''s primary concern is improving his country''s economy. After the breakdown in his February summit with Trump in Hanoi, his efforts to get out from under sanctions that are keeping him from doing that have reached an impasse.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (11, 1, 11, 'Kim''s Wish List', 'North Korea has long depended on China as its primary trading partner. But that reliance, and the influence it threatens to give Beijing, makes many officials in Pyongyang nervous.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (12, 1, 12, 'Kim''s Wish List', 'Kim has also pushed Seoul hard to participate in joint inter-Korean projects to rebuild its railroads and improve its moribund infrastructure. His appeal to Korean unity, however, has run headfirst into the South''s allegiance to Washington, which has warned Seoul against any actions that would undermine sanctions.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (13, 1, 13, 'Kim''s Wish List', 'According to internal documents obtained by a South Korean researcher and published this week in a Japanese newspaper, Kim wants to boost trade with Russia tenfold — to $1 billion — by 2020.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (14, 1, 14, 'Kim''s Wish List', 'That would obviously require some significant easing of sanctions, which would seem unlikely. But it would also require a change in Russian behavior.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (15, 1, 15, 'Kim''s Wish List', 'Unlike China, which has lots of businessmen on the ground in North Korea, Russia has a very small footprint in the North. Officials have long talked about big projects — including rail routes to Europe, or pipelines across the Korean Peninsula — but Putin hasn''t shown much interest in actually carrying them out.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (16, 1, 16, 'Why Now?', 'The Kim-Putin meeting, which is taking place on Thursday in the Russian city of Vladivostok, is coming surprisingly late in the game.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (17, 1, 17, 'Why Now?', 'It''s been nearly a year and a half since Kim announced his plan to emerge from relative isolation at home and expand diplomatic relations with China and South Korea and open denuclearization talks with Washington.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (18, 1, 18, 'Why Now?', 'He has since held four summits with Chinese President Xi Jinping, three with South Korean President Moon Jae-in and two with Trump.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (19, 1, 19, 'Why Now?', 'The summitry has done a lot toward establishing Kim as a serious player on the world stage.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (20, 1, 20, 'Why Now?', 'But the Hanoi summit showed his limitations. It ended with no agreements on either denuclearization measures or the lifting of sanctions, which may now be even more difficult to accomplish since both sides are digging in on hard-line negotiation positions.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (21, 1, 21, 'Why Now?', 'Kim''s decision to meet with Putin now may reflect his frustrations over that.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (22, 1, 22, 'Why Now?', 'Putin has more experience with North Korea''s leaders than most. He visited Pyongyang in 2000, and met with Kim''s father, Kim Jong Il, in Moscow in 2001 and in Vladivostok in 2002. Former President Dmitry Medvedev also met Kim Jong Il in Vladivostok, in 2011.');
INSERT INTO paragraph (id, article_id, position, section, body) VALUES (23, 1, 23, 'Why Now?', 'Moscow played an instrumental role in bringing Kim''s grandfather, Kim Il Sung, to power and helped rebuild the country after the 1950-53 Korean War. Those ties fell apart after the 1991 Soviet collapse and Russia''s decision to end support for former Soviet allies amid its own economic meltdown.');

-- People the article names.
INSERT INTO person (id, name) VALUES
 ('kim_jong_un', 'Kim Jong Un'),
 ('vladimir_putin', 'Vladimir Putin'),
 ('donald_trump', 'Donald Trump'),
 ('xi_jinping', 'Xi Jinping'),
 ('moon_jae_in', 'Moon Jae-in'),
 ('kim_jong_il', 'Kim Jong Il'),
 ('kim_il_sung', 'Kim Il Sung'),
 ('dmitry_medvedev', 'Dmitry Medvedev');

-- Aliases are stored normalised: lowercase, anything but letters and digits as one space, a lone "s" (from 's) dropped.
INSERT INTO person_alias (alias, person_id, relative_of) VALUES
 ('kim jong un', 'kim_jong_un', NULL), ('kim jongun', 'kim_jong_un', NULL), ('kim jung un', 'kim_jong_un', NULL),
 ('kim jong eun', 'kim_jong_un', NULL), ('kim', 'kim_jong_un', NULL), ('jong un', 'kim_jong_un', NULL),
 ('north korean leader', 'kim_jong_un', NULL), ('north korea leader', 'kim_jong_un', NULL),
 ('dprk leader', 'kim_jong_un', NULL), ('leader kim', 'kim_jong_un', NULL),
 ('vladimir putin', 'vladimir_putin', NULL), ('putin', 'vladimir_putin', NULL), ('vlad putin', 'vladimir_putin', NULL),
 ('president putin', 'vladimir_putin', NULL), ('russian president', 'vladimir_putin', NULL),
 ('russia president', 'vladimir_putin', NULL), ('russian leader', 'vladimir_putin', NULL),
 ('donald trump', 'donald_trump', NULL), ('trump', 'donald_trump', NULL), ('president trump', 'donald_trump', NULL),
 ('us president', 'donald_trump', NULL), ('u s president', 'donald_trump', NULL), ('american president', 'donald_trump', NULL),
 ('potus', 'donald_trump', NULL),
 ('xi jinping', 'xi_jinping', NULL), ('xi jin ping', 'xi_jinping', NULL), ('xi', 'xi_jinping', NULL),
 ('president xi', 'xi_jinping', NULL), ('chinese president', 'xi_jinping', NULL), ('china president', 'xi_jinping', NULL),
 ('chinese leader', 'xi_jinping', NULL), ('china leader', 'xi_jinping', NULL),
 ('moon jae in', 'moon_jae_in', NULL), ('moon jaein', 'moon_jae_in', NULL), ('moon', 'moon_jae_in', NULL),
 ('president moon', 'moon_jae_in', NULL), ('south korean president', 'moon_jae_in', NULL),
 ('south korea president', 'moon_jae_in', NULL), ('south korean leader', 'moon_jae_in', NULL),
 ('south korea leader', 'moon_jae_in', NULL), ('seoul leader', 'moon_jae_in', NULL),
 ('kim jong il', 'kim_jong_il', NULL), ('kim jongil', 'kim_jong_il', NULL), ('kim father', 'kim_jong_il', NULL),
 ('kim dad', 'kim_jong_il', NULL), ('father', 'kim_jong_il', 'kim_jong_un'), ('dad', 'kim_jong_il', 'kim_jong_un'),
 ('kim il sung', 'kim_il_sung', NULL), ('kim ilsung', 'kim_il_sung', NULL), ('kim grandfather', 'kim_il_sung', NULL),
 ('kim grandpa', 'kim_il_sung', NULL), ('grandfather', 'kim_il_sung', 'kim_jong_un'),
 ('grandpa', 'kim_il_sung', 'kim_jong_un'), ('grandad', 'kim_il_sung', 'kim_jong_un'),
 ('granddad', 'kim_il_sung', 'kim_jong_un'),
 ('dmitry medvedev', 'dmitry_medvedev', NULL), ('dmitri medvedev', 'dmitry_medvedev', NULL),
 ('medvedev', 'dmitry_medvedev', NULL), ('former russian president', 'dmitry_medvedev', NULL),
 ('former president medvedev', 'dmitry_medvedev', NULL);

-- Facts: the editable values replies are built from, each tied to its intent and supporting paragraph.
INSERT INTO fact (key, intent, value, paragraph_id, person_id) VALUES
 ('bot.intro', 'help', 'I answer questions about the AP report on the first one-on-one summit of North Korea''s Kim Jong Un and Russia''s Vladimir Putin.', 2, NULL),
 ('bot.goodbye', 'thanks_bye', 'You''re welcome! Ask me about the Kim-Putin summit any time.', NULL, NULL),
 ('bot.unknown', 'out_of_scope', 'Sorry, I only know what the AP report on the Kim-Putin summit says, and it doesn''t answer that.', NULL, NULL),
 ('participants.leaders', 'participants', 'North Korean leader Kim Jong Un and Russian President Vladimir Putin', 2, NULL),
 ('participants.first_meeting', 'participants', 'their first one-on-one meeting', 2, NULL),
 ('location.place', 'location', 'Vladivostok', 16, NULL),
 ('location.region', 'location', 'a Russian city in the Russian Far East', 16, NULL),
 ('date.day', 'date', 'Thursday', 16, NULL),
 ('date.context', 'date', 'the AP report was written in April 2019', 1, NULL),
 ('kim_goals.summary', 'kim_goals', 'a long wish list and a strong desire to notch a win after the failure of his second summit with U.S. President Donald Trump', 2, NULL),
 ('kim_goals.urgent_concerns', 'kim_goals', 'the North Korean laborers being expelled from Russia, and a possible food shortage this summer', 6, NULL),
 ('laborers.count', 'laborers', 'More than 10,000', 7, NULL),
 ('laborers.peak', 'laborers', 'as many as 50,000', 7, NULL),
 ('laborers.industry', 'laborers', 'the logging industry in the Russian Far East', 7, NULL),
 ('laborers.deadline', 'laborers', 'by the end of this year, as a 2017 U.N. sanctions resolution takes effect', 7, NULL),
 ('laborers.revenue', 'laborers', 'in the hundreds of millions of dollars (a U.S. officials'' estimate)', 7, NULL),
 ('food_aid.shortage', 'food_aid', 'a possible food shortage this summer', 8, NULL),
 ('food_aid.shipment', 'food_aid', 'more than 2,000 tons of wheat', 8, NULL),
 ('food_aid.port', 'food_aid', 'Chongjin', 8, NULL),
 ('food_aid.when', 'food_aid', 'last month', 8, NULL),
 ('sanctions.resolution', 'sanctions', 'a 2017 U.N. sanctions resolution, which is also forcing North Korean laborers out of Russia', 7, NULL),
 ('sanctions.effect', 'sanctions', 'they keep Kim from improving his country''s economy', 10, NULL),
 ('sanctions.status', 'sanctions', 'after the breakdown of his February summit with Trump in Hanoi, his efforts to get out from under them have reached an impasse', 10, NULL),
 ('economy.primary_concern', 'economy', 'improving his country''s economy', 10, NULL),
 ('china.role', 'china', 'North Korea''s primary trading partner', 11, NULL),
 ('china.worry', 'china', 'that reliance, and the influence it threatens to give Beijing, makes many officials in Pyongyang nervous', 11, NULL),
 ('south_korea.projects', 'south_korea', 'joint inter-Korean projects to rebuild the North''s railroads and improve its moribund infrastructure', 12, NULL),
 ('south_korea.obstacle', 'south_korea', 'the South''s allegiance to Washington, which has warned Seoul against any actions that would undermine sanctions', 12, NULL),
 ('trade_target.goal', 'trade_target', 'boost trade with Russia tenfold, to $1 billion, by 2020', 13, NULL),
 ('trade_target.evidence', 'trade_target', 'internal documents obtained by a South Korean researcher and published in a Japanese newspaper', 13, NULL),
 ('trade_target.requires', 'trade_target', 'significant easing of sanctions, which seems unlikely, and a change in Russian behavior', 14, NULL),
 ('russia_projects.footprint', 'russia_projects', 'Unlike China, which has lots of businessmen on the ground in North Korea, Russia has a very small footprint in the North', 15, NULL),
 ('russia_projects.projects', 'russia_projects', 'rail routes to Europe and pipelines across the Korean Peninsula', 15, NULL),
 ('russia_projects.putin_interest', 'russia_projects', 'Putin hasn''t shown much interest in actually carrying them out', 15, NULL),
 ('why_now.timing', 'why_now', 'surprisingly late in the game', 16, NULL),
 ('why_now.since', 'why_now', 'nearly a year and a half', 17, NULL),
 ('why_now.reason', 'why_now', 'may reflect his frustration over the failed Hanoi summit with Trump', 21, NULL),
 ('hanoi_summit.when', 'hanoi_summit', 'February 2019', 1, NULL),
 ('hanoi_summit.outcome', 'hanoi_summit', 'ended with no agreement on either denuclearization measures or the lifting of sanctions', 20, NULL),
 ('hanoi_summit.aftermath', 'hanoi_summit', 'both sides are digging in on hard-line negotiation positions', 20, NULL),
 ('putin_outlook.assessment', 'putin_outlook', 'it''s not entirely clear how much Putin can or will oblige', 3, NULL),
 ('putin_outlook.context', 'putin_outlook', 'Relations between Pyongyang and Moscow haven''t always been close, and Putin hasn''t shown much interest in big projects in the North', 4, NULL),
 ('putin_history.pyongyang_visit', 'putin_history', '2000', 22, NULL),
 ('putin_history.kim_jong_il_meetings', 'putin_history', 'in Moscow in 2001 and in Vladivostok in 2002', 22, NULL),
 ('putin_history.medvedev', 'putin_history', 'Former President Dmitry Medvedev also met Kim Jong Il in Vladivostok, in 2011', 22, NULL),
 ('history.founding', 'history', 'Moscow helped bring Kim''s grandfather, Kim Il Sung, to power and helped rebuild the country after the 1950-53 Korean War', 23, NULL),
 ('history.collapse', 'history', 'those ties fell apart after the 1991 Soviet collapse, when Russia ended support for former Soviet allies', 23, NULL),
 ('history.closeness', 'history', 'Relations between Pyongyang and Moscow haven''t always been particularly close', 4, NULL),
 ('source.title', 'source', 'North Korea''s Kim will go into Putin summit needing a win', 2, NULL),
 ('source.agency', 'source', 'The Associated Press (AP)', 2, NULL),
 ('source.dateline', 'source', 'Tokyo', 2, NULL),
 ('person.kim_jong_un.description', 'person', 'North Korea''s leader, who goes into his first one-on-one summit with Vladimir Putin needing a win', 2, 'kim_jong_un'),
 ('person.vladimir_putin.description', 'person', 'Russia''s president, who meets Kim for their first one-on-one summit and has more experience with North Korea''s leaders than most', 22, 'vladimir_putin'),
 ('person.donald_trump.description', 'person', 'the U.S. president; Kim has held two summits with him, and the second, in Hanoi in February 2019, failed', 18, 'donald_trump'),
 ('person.xi_jinping.description', 'person', 'China''s president; Kim has held four summits with him', 18, 'xi_jinping'),
 ('person.moon_jae_in.description', 'person', 'South Korea''s president; Kim has held three summits with him', 18, 'moon_jae_in'),
 ('person.kim_jong_il.description', 'person', 'Kim Jong Un''s father, a former North Korean leader; Putin met him in Moscow in 2001 and in Vladivostok in 2002', 22, 'kim_jong_il'),
 ('person.kim_il_sung.description', 'person', 'Kim Jong Un''s grandfather, whom Moscow helped bring to power in North Korea', 23, 'kim_il_sung'),
 ('person.dmitry_medvedev.description', 'person', 'a former Russian president, who met Kim Jong Il in Vladivostok in 2011', 22, 'dmitry_medvedev'),
 ('person.xi_jinping.summits_with_kim', 'summit_count', 'four summits', 18, 'xi_jinping'),
 ('person.moon_jae_in.summits_with_kim', 'summit_count', 'three summits', 18, 'moon_jae_in'),
 ('person.donald_trump.summits_with_kim', 'summit_count', 'two summits', 18, 'donald_trump'),
 ('person.vladimir_putin.summits_with_kim', 'summit_count', 'no one-on-one summit before this one', 2, 'vladimir_putin');

-- Reply wording. Placeholders: {fact.key}; {person.name}, {person.description}, {person.summits},
-- {person.known} (names of people with a summit count); {topics.list}, {topics.examples}.
INSERT INTO reply_template (name, intent, template) VALUES
 ('greeting', 'greeting', 'Hi! I''m Summit Bot. {bot.intro} Try asking: {topics.examples}'),
 ('help', 'help', '{bot.intro} Topics: {topics.list}. For example: {topics.examples}'),
 ('thanks_bye', 'thanks_bye', '{bot.goodbye}'),
 ('out_of_scope', 'out_of_scope', '{bot.unknown} You can ask about: {topics.list}.'),
 ('participants', 'participants', 'The summit brings together {participants.leaders}. It is {participants.first_meeting}.'),
 ('location', 'location', 'Kim and Putin meet in {location.place}, {location.region}.'),
 ('date', 'date', 'The Kim-Putin summit takes place on {date.day} ({date.context}).'),
 ('kim_goals', 'kim_goals', 'Kim goes in with {kim_goals.summary}. His two urgent concerns: {kim_goals.urgent_concerns}.'),
 ('laborers', 'laborers', '{laborers.count} North Korean laborers still work in Russia (once {laborers.peak}), many in {laborers.industry}. They are being kicked out {laborers.deadline}; U.S. officials put the revenue they bring {laborers.revenue}.'),
 ('food_aid', 'food_aid', 'North Korea faces {food_aid.shortage}. Russia has offered humanitarian aid, and {food_aid.when} said it had shipped {food_aid.shipment} to the North Korean port of {food_aid.port}.'),
 ('sanctions', 'sanctions', 'The sanctions in question stem from {sanctions.resolution}. They matter because {sanctions.effect}, and {sanctions.status}.'),
 ('economy', 'economy', 'Despite all the talk in Washington about denuclearization, Kim''s primary concern is {economy.primary_concern}.'),
 ('china', 'china', 'China is {china.role}. But {china.worry}.'),
 ('south_korea', 'south_korea', 'Kim has pushed Seoul hard to join {south_korea.projects}. His appeal to Korean unity has run into {south_korea.obstacle}.'),
 ('trade_target', 'trade_target', 'Kim wants to {trade_target.goal}, according to {trade_target.evidence}. That would require {trade_target.requires}.'),
 ('russia_projects', 'russia_projects', '{russia_projects.footprint}. Officials have long talked about big projects such as {russia_projects.projects}, but {russia_projects.putin_interest}.'),
 ('why_now', 'why_now', 'The meeting comes {why_now.timing}: it''s been {why_now.since} since Kim began emerging from isolation. Meeting Putin now {why_now.reason}.'),
 ('summit_count', 'summit_count', 'Kim Jong Un has held {person.summits} with {person.name}.'),
 ('summit_count.which', 'summit_count', 'With which leader? The article counts Kim''s summits with {person.known}.'),
 ('summit_count.unknown', 'summit_count', 'The article doesn''t count Kim''s summits with {person.name}. It counts them with {person.known}.'),
 ('hanoi_summit', 'hanoi_summit', 'Kim''s second summit with Trump, in Hanoi in {hanoi_summit.when}, {hanoi_summit.outcome}. Since then {hanoi_summit.aftermath}.'),
 ('putin_outlook', 'putin_outlook', 'The AP says {putin_outlook.assessment}. {putin_outlook.context}.'),
 ('putin_history', 'putin_history', 'Putin visited Pyongyang in {putin_history.pyongyang_visit} and met Kim''s father, Kim Jong Il, {putin_history.kim_jong_il_meetings}. {putin_history.medvedev}.'),
 ('history', 'history', '{history.founding}, but {history.collapse}. {history.closeness}.'),
 ('person', 'person', '{person.name} is {person.description}.'),
 ('person.which', 'person', 'Who do you mean? I know about {person.all}.'),
 ('person.unknown', 'person', 'The article doesn''t say who that is. I know about {person.all}.'),
 ('source', 'source', 'This comes from {source.agency} report "{source.title}", datelined {source.dateline}.');

-- Topics offered to users, in the order shown.
INSERT INTO topic (intent, label, example, position) VALUES
 ('participants', 'Who meets', 'Who is meeting whom?', 1),
 ('location', 'Where', 'Where is the summit?', 2),
 ('date', 'When', 'When is the summit?', 3),
 ('kim_goals', 'Kim''s wish list', 'What does Kim want?', 4),
 ('laborers', 'Workers in Russia', 'How many North Korean workers are in Russia?', 5),
 ('food_aid', 'Food aid', 'Is Russia sending food?', 6),
 ('sanctions', 'Sanctions', 'Which sanctions matter?', 7),
 ('trade_target', 'Trade goal', 'What is Kim''s trade target with Russia?', 8),
 ('summit_count', 'Kim''s summits', 'How many summits has Kim held with Xi?', 9),
 ('hanoi_summit', 'Hanoi summit', 'What happened in Hanoi?', 10),
 ('putin_history', 'Putin and the Kims', 'Has Putin met Kim''s father?', 11),
 ('history', 'History', 'How close have Moscow and Pyongyang been?', 12),
 ('economy', 'Economy', 'What is Kim''s main concern?', 13),
 ('china', 'China', 'What role does China play?', 14),
 ('south_korea', 'South Korea', 'What does Kim want from Seoul?', 15),
 ('russia_projects', 'Russian projects', 'Does Russia have big projects in the North?', 16),
 ('why_now', 'Why now', 'Why are they meeting now?', 17),
 ('putin_outlook', 'Will Putin help', 'Will Putin help Kim?', 18),
 ('person', 'People', 'Who is Moon Jae-in?', 19),
 ('source', 'Source', 'Where does this come from?', 20);
