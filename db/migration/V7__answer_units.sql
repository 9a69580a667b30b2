-- Answer units: the article decomposed into atomic claims, each a fact (so /set, history, undo,
-- import and export cover it) with its answer types, its kind (a fact, a topic summary, or a
-- "gap": what the article does not say, answered as a decline) and example questions. Seeded
-- values change only where no admin has edited them; facts an admin edited are kept.

-- The headline is text of the article too: replies that quote it are checked against it.
INSERT INTO paragraph (id, article_id, position, section, body) VALUES
 (24, 1, 0, 'Headline', 'North Korea''s Kim will go into Putin summit needing a win');

CREATE TABLE answer_unit (
    key             TEXT PRIMARY KEY,
    kind            TEXT NOT NULL DEFAULT 'fact' CHECK (kind IN ('fact', 'summary', 'gap')),
    answer_types    TEXT NOT NULL DEFAULT 'description',  -- comma list: amount, date, place, person, reason, list, description
    also_paragraphs TEXT NOT NULL DEFAULT '',             -- further supporting paragraph ids, comma list
    examples        TEXT NOT NULL DEFAULT ''              -- example questions, one a line
);

-- Words a yes/no question can be checked against: a place, a day, a month, a commodity. A term
-- "within" another (Vladivostok within Russia, wheat within food) confirms the wider one.
CREATE TABLE slot_term (
    term      TEXT PRIMARY KEY,   -- normalised as aliases are
    kind      TEXT NOT NULL,
    canonical TEXT NOT NULL,
    within    TEXT                -- canonical names of wider terms, comma list
);

-- Which answer units each message the bot sent came from, so an admin can reply /why or /edit.
-- Kept for a week.
CREATE TABLE sent_answer (
    chat_id    INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    question   TEXT NOT NULL,
    intent     TEXT NOT NULL,
    units      TEXT NOT NULL,     -- unit keys, comma list, first is the main one
    detail     TEXT NOT NULL,     -- how it was chosen: scores, one line
    sent_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX sent_answer_age ON sent_answer(sent_at);

-- Old template pieces that no reply uses any more; an admin-edited one stays, answered as a fact of its topic.
DELETE FROM fact WHERE key = 'location.region' AND value = 'a Russian city in the Russian Far East';
DELETE FROM fact WHERE key = 'date.context' AND value = 'the AP report was written in April 2019';
DELETE FROM fact WHERE key = 'sanctions.resolution' AND value = 'a 2017 U.N. sanctions resolution, which is also forcing North Korean laborers out of Russia';
DELETE FROM fact WHERE key = 'putin_outlook.context' AND value = 'Relations between Pyongyang and Moscow haven''t always been close, and Putin hasn''t shown much interest in big projects in the North';
DELETE FROM fact WHERE key = 'source.dateline' AND value = 'Tokyo';
DELETE FROM fact WHERE key = 'person.vladimir_putin.summits_with_kim' AND value = 'no one-on-one summit before this one';

-- The units. Existing keys are reworded only where they still hold the seeded value.
UPDATE fact SET value = 'The AP report is headlined "North Korea''s Kim will go into Putin summit needing a win."', paragraph_id = 24 WHERE key = 'source.title' AND value = 'North Korea''s Kim will go into Putin summit needing a win';
UPDATE fact SET value = 'It is an AP report datelined TOKYO.', paragraph_id = 2 WHERE key = 'source.agency' AND value = 'The Associated Press (AP)';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('source.photo_putin', 'source', 'The combination file photo shows Russian President Vladimir Putin in St. Petersburg, Russia, on April 9, 2019.', 1);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('source.photo_kim', 'source', 'The combination file photo shows North Korean leader Kim Jong Un in Hanoi, Vietnam, on Feb. 28, 2019.', 1);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('source.photo_credits', 'source', 'The AP photos are by Dmitri Lovetsky and Evan Vucci.', 1);
UPDATE fact SET value = 'North Korean leader Kim Jong Un meets with Russian President Vladimir Putin.', paragraph_id = 2 WHERE key = 'participants.leaders' AND value = 'North Korean leader Kim Jong Un and Russian President Vladimir Putin';
UPDATE fact SET value = 'It is the first one-on-one meeting of Kim Jong Un and Vladimir Putin.', paragraph_id = 2 WHERE key = 'participants.first_meeting' AND value = 'their first one-on-one meeting';
UPDATE fact SET value = 'The Kim-Putin meeting is taking place in the Russian city of Vladivostok.', paragraph_id = 16 WHERE key = 'location.place' AND value = 'Vladivostok';
UPDATE fact SET value = 'The Kim-Putin meeting is taking place on Thursday.', paragraph_id = 16 WHERE key = 'date.day' AND value = 'Thursday';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('kim_goals.wish_list', 'kim_goals', 'Kim will have a long wish list when he meets with Putin.', 2);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('kim_goals.win', 'kim_goals', 'Kim has a strong desire to notch a win after the failure of his second summit with President Donald Trump.', 2);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('kim_goals.pivot', 'kim_goals', 'It is Kim''s furtive pivot north.', 5);
UPDATE fact SET value = 'Kim has two urgent concerns: the North Korean laborers being kicked out of Russia, and a possible food shortage this summer.', paragraph_id = 6 WHERE key = 'kim_goals.urgent_concerns' AND value = 'the North Korean laborers being expelled from Russia, and a possible food shortage this summer';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('kim_goals.deeper', 'kim_goals', 'Kim''s decision to more actively court Putin undoubtedly goes deeper than that.', 9);
UPDATE fact SET value = 'More than 10,000 North Korean laborers are still employed in Russia.', paragraph_id = 7 WHERE key = 'laborers.count' AND value = 'More than 10,000';
UPDATE fact SET value = 'Many of the laborers work in the logging industry in the Russian Far East.', paragraph_id = 7 WHERE key = 'laborers.industry' AND value = 'the logging industry in the Russian Far East';
UPDATE fact SET value = 'The laborers are being kicked out of Russia by the end of this year.', paragraph_id = 7 WHERE key = 'laborers.deadline' AND value = 'by the end of this year, as a 2017 U.N. sanctions resolution takes effect';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('laborers.resolution', 'laborers', 'They are being kicked out as a 2017 U.N. sanctions resolution takes effect.', 7);
UPDATE fact SET value = 'The laborers previously numbered as many as 50,000.', paragraph_id = 7 WHERE key = 'laborers.peak' AND value = 'as many as 50,000';
UPDATE fact SET value = 'The laborers have provided a revenue stream estimated by U.S. officials in the hundreds of millions of dollars.', paragraph_id = 7 WHERE key = 'laborers.revenue' AND value = 'in the hundreds of millions of dollars';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('laborers.keep_flowing', 'laborers', 'The Kim regime would like to keep that revenue flowing.', 7);
UPDATE fact SET value = 'Kim is looking at the possibility of a food shortage this summer.', paragraph_id = 8 WHERE key = 'food_aid.shortage' AND value = 'a possible food shortage this summer';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('food_aid.willingness', 'food_aid', 'Russia has shown a willingness to provide humanitarian aid.', 8);
UPDATE fact SET value = 'Russia announced that it had shipped more than 2,000 tons of wheat.', paragraph_id = 8 WHERE key = 'food_aid.shipment' AND value = 'more than 2,000 tons of wheat';
UPDATE fact SET value = 'It was shipped to the North Korean port of Chongjin.', paragraph_id = 8 WHERE key = 'food_aid.port' AND value = 'Chongjin';
UPDATE fact SET value = 'Russia announced just last month that it had shipped the wheat.', paragraph_id = 8 WHERE key = 'food_aid.when' AND value = 'last month';
UPDATE fact SET value = 'Despite all the talk in Washington about denuclearization, Kim''s primary concern is improving his country''s economy.', paragraph_id = 10 WHERE key = 'economy.primary_concern' AND value = 'improving his country''s economy';
UPDATE fact SET value = 'Sanctions are keeping Kim from improving his country''s economy.', paragraph_id = 10 WHERE key = 'sanctions.effect' AND value = 'they keep Kim from improving his country''s economy';
UPDATE fact SET value = 'After the breakdown of his February summit with Trump in Hanoi, Kim''s efforts to get out from under sanctions have reached an impasse.', paragraph_id = 10 WHERE key = 'sanctions.status' AND value = 'after the breakdown of his February summit with Trump in Hanoi, his efforts to get out from under them have reached an impasse';
UPDATE fact SET value = 'North Korea has long depended on China as its primary trading partner.', paragraph_id = 11 WHERE key = 'china.role' AND value = 'North Korea''s primary trading partner';
UPDATE fact SET value = 'That reliance, and the influence it threatens to give Beijing, makes many officials in Pyongyang nervous.', paragraph_id = 11 WHERE key = 'china.worry' AND value = 'that reliance, and the influence it threatens to give Beijing, makes many officials in Pyongyang nervous';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('china.businessmen', 'china', 'China has lots of businessmen on the ground in North Korea.', 15);
UPDATE fact SET value = 'Kim has pushed Seoul hard to participate in joint inter-Korean projects to rebuild its railroads and improve its moribund infrastructure.', paragraph_id = 12 WHERE key = 'south_korea.projects' AND value = 'joint inter-Korean projects to rebuild the North''s railroads and improve its moribund infrastructure';
UPDATE fact SET value = 'Kim''s appeal to Korean unity has run headfirst into the South''s allegiance to Washington.', paragraph_id = 12 WHERE key = 'south_korea.obstacle' AND value = 'the South''s allegiance to Washington, which has warned Seoul against any actions that would undermine sanctions';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('south_korea.warning', 'south_korea', 'Washington has warned Seoul against any actions that would undermine sanctions.', 12);
UPDATE fact SET value = 'Kim wants to boost trade with Russia tenfold, to $1 billion, by 2020.', paragraph_id = 13 WHERE key = 'trade_target.goal' AND value = 'boost trade with Russia tenfold, to $1 billion, by 2020';
UPDATE fact SET value = 'That comes from internal documents obtained by a South Korean researcher.', paragraph_id = 13 WHERE key = 'trade_target.evidence' AND value = 'internal documents obtained by a South Korean researcher and published in a Japanese newspaper';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('trade_target.newspaper', 'trade_target', 'The documents were published this week in a Japanese newspaper.', 13);
UPDATE fact SET value = 'It would require some significant easing of sanctions, which would seem unlikely.', paragraph_id = 14 WHERE key = 'trade_target.requires' AND value = 'significant easing of sanctions, which seems unlikely, and a change in Russian behavior';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('trade_target.russian_behavior', 'trade_target', 'It would also require a change in Russian behavior.', 14);
UPDATE fact SET value = 'Unlike China, Russia has a very small footprint in the North.', paragraph_id = 15 WHERE key = 'russia_projects.footprint' AND value = 'Unlike China, which has lots of businessmen on the ground in North Korea, Russia has a very small footprint in the North';
UPDATE fact SET value = 'Officials have long talked about big projects, including rail routes to Europe or pipelines across the Korean Peninsula.', paragraph_id = 15 WHERE key = 'russia_projects.projects' AND value = 'rail routes to Europe and pipelines across the Korean Peninsula';
UPDATE fact SET value = 'Putin hasn''t shown much interest in actually carrying out those big projects.', paragraph_id = 15 WHERE key = 'russia_projects.putin_interest' AND value = 'Putin hasn''t shown much interest in actually carrying them out';
UPDATE fact SET value = 'The Kim-Putin meeting is coming surprisingly late in the game.', paragraph_id = 16 WHERE key = 'why_now.timing' AND value = 'surprisingly late in the game';
UPDATE fact SET value = 'It''s been nearly a year and a half since Kim announced his plan to emerge from relative isolation.', paragraph_id = 17 WHERE key = 'why_now.since' AND value = 'nearly a year and a half';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('why_now.plan', 'why_now', 'Kim''s plan was to emerge from relative isolation, expand diplomatic relations with China and South Korea and open denuclearization talks with Washington.', 17);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('why_now.stalled', 'why_now', 'Kim''s talks with the U.S. and his parallel campaign to win massive investment from South Korea have stalled.', 5);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('why_now.serious_player', 'why_now', 'The summitry has done a lot toward establishing Kim as a serious player on the world stage.', 19);
UPDATE fact SET value = 'Kim''s decision to meet with Putin now may reflect his frustrations over the Hanoi summit.', paragraph_id = 21 WHERE key = 'why_now.reason' AND value = 'may reflect his frustration over the failed Hanoi summit with Trump';
UPDATE fact SET value = 'Kim''s second summit with Trump was in Hanoi in February 2019.', paragraph_id = 10 WHERE key = 'hanoi_summit.when' AND value = 'February 2019';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('hanoi_summit.limitations', 'hanoi_summit', 'The Hanoi summit showed Kim''s limitations.', 20);
UPDATE fact SET value = 'The Hanoi summit ended with no agreements on either denuclearization measures or the lifting of sanctions.', paragraph_id = 20 WHERE key = 'hanoi_summit.outcome' AND value = 'ended with no agreement on either denuclearization measures or the lifting of sanctions';
UPDATE fact SET value = 'Those may now be even more difficult to accomplish since both sides are digging in on hard-line negotiation positions.', paragraph_id = 20 WHERE key = 'hanoi_summit.aftermath' AND value = 'both sides are digging in on hard-line negotiation positions';
UPDATE fact SET value = 'It''s not entirely clear how much Putin can or will oblige.', paragraph_id = 3 WHERE key = 'putin_outlook.assessment' AND value = 'it''s not entirely clear how much Putin can or will oblige';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('putin_history.experience', 'putin_history', 'Putin has more experience with North Korea''s leaders than most.', 22);
UPDATE fact SET value = 'Putin visited Pyongyang in 2000.', paragraph_id = 22 WHERE key = 'putin_history.pyongyang_visit' AND value = '2000';
UPDATE fact SET value = 'Putin met with Kim''s father, Kim Jong Il, in Moscow in 2001 and in Vladivostok in 2002.', paragraph_id = 22 WHERE key = 'putin_history.kim_jong_il_meetings' AND value = 'in Moscow in 2001 and in Vladivostok in 2002';
UPDATE fact SET value = 'Former President Dmitry Medvedev also met Kim Jong Il in Vladivostok, in 2011.', paragraph_id = 22 WHERE key = 'putin_history.medvedev' AND value = 'Former President Dmitry Medvedev also met Kim Jong Il in Vladivostok, in 2011';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('history.foundation', 'history', 'The relationship between Pyongyang and Moscow goes back to the very foundation of North Korea.', 4);
UPDATE fact SET value = 'Relations between Pyongyang and Moscow haven''t always been the picture of comradery, or even particularly close.', paragraph_id = 4 WHERE key = 'history.closeness' AND value = 'Relations between Pyongyang and Moscow haven''t always been particularly close';
UPDATE fact SET value = 'Moscow played an instrumental role in bringing Kim''s grandfather, Kim Il Sung, to power.', paragraph_id = 23 WHERE key = 'history.founding' AND value = 'Moscow helped bring Kim''s grandfather, Kim Il Sung, to power and helped rebuild the country after the 1950-53 Korean War';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('history.rebuild', 'history', 'Moscow helped rebuild the country after the 1950-53 Korean War.', 23);
UPDATE fact SET value = 'Those ties fell apart after the 1991 Soviet collapse.', paragraph_id = 23 WHERE key = 'history.collapse' AND value = 'those ties fell apart after the 1991 Soviet collapse, when Russia ended support for former Soviet allies';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('history.end_support', 'history', 'The ties fell apart with Russia''s decision to end support for former Soviet allies amid its own economic meltdown.', 23);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('participants.gap_delegation', 'participants', 'The article doesn''t say who travels with Kim; it names only the leaders: Kim Jong Un and Vladimir Putin.', 2);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('putin_outlook.gap_outcome', 'putin_outlook', 'The article doesn''t say how the summit turns out; it says it''s not entirely clear how much Putin can or will oblige.', 3);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('putin_outlook.gap_putin_goals', 'putin_outlook', 'The article doesn''t say what Putin wants from the summit; it says it''s not entirely clear how much Putin can or will oblige.', 3);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('date.gap_time', 'date', 'The article doesn''t give the time or the calendar date; it says the meeting is taking place on Thursday.', 16);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('date.gap_length', 'date', 'The article doesn''t say how long the meeting lasts; it says only that it is taking place on Thursday.', 16);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('location.gap_venue', 'location', 'The article doesn''t say where in Vladivostok they meet; it names only the Russian city of Vladivostok.', 16);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('source.gap_author', 'source', 'The article doesn''t name its writer; it is an AP report datelined TOKYO.', 2);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('source.gap_written', 'source', 'The article doesn''t say when it was written; its file photo shows Putin on April 9, 2019.', 1);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('trade_target.gap_researcher', 'trade_target', 'The article doesn''t name the researcher; the internal documents were obtained by a South Korean researcher.', 13);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('trade_target.gap_newspaper', 'trade_target', 'The article doesn''t name the newspaper; the documents were published this week in a Japanese newspaper.', 13);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('laborers.gap_exact_revenue', 'laborers', 'The article gives no exact figure; U.S. officials estimated the revenue stream in the hundreds of millions of dollars.', 7);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('laborers.gap_aftermath', 'laborers', 'The article doesn''t say what happens to the laborers next; they are being kicked out by the end of this year.', 7);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('food_aid.gap_size', 'food_aid', 'The article doesn''t say how bad the food shortage could be; Kim is looking at the possibility of a food shortage this summer.', 8);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('china.gap_figures', 'china', 'The article gives no trade figures for China; it says North Korea has long depended on China as its primary trading partner.', 11);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('china.gap_view', 'china', 'The article doesn''t say what China thinks of the summit; it says reliance on China makes many officials in Pyongyang nervous.', 11);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('sanctions.gap_list', 'sanctions', 'The article doesn''t list the sanctions; it says the laborers are being kicked out as a 2017 U.N. sanctions resolution takes effect.', 7);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('kim_goals.gap_nuclear', 'kim_goals', 'The article doesn''t say whether Kim will give up nuclear weapons; it says Kim''s primary concern is improving his country''s economy.', 10);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('participants.summary', 'participants', 'North Korean leader Kim Jong Un meets with Russian President Vladimir Putin for their first one-on-one meeting.', 2);
UPDATE fact SET value = 'Kim will have a long wish list and a strong desire to notch a win after the failure of his second summit with Trump. His two urgent concerns are the laborers in Russia and a possible food shortage.', paragraph_id = 2 WHERE key = 'kim_goals.summary' AND value = 'a long wish list and a strong desire to notch a win after the failure of his second summit with U.S. President Donald Trump';
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('laborers.summary', 'laborers', 'More than 10,000 North Korean laborers still employed in Russia are being kicked out by the end of this year as a 2017 U.N. sanctions resolution takes effect.', 7);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('food_aid.summary', 'food_aid', 'Kim is looking at the possibility of a food shortage this summer. Russia has shown a willingness to provide humanitarian aid and shipped more than 2,000 tons of wheat to Chongjin.', 8);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('sanctions.summary', 'sanctions', 'Sanctions are keeping Kim from improving his country''s economy. After the breakdown of his February summit with Trump in Hanoi, his efforts to get out from under them have reached an impasse.', 10);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('china.summary', 'china', 'North Korea has long depended on China as its primary trading partner. But that reliance, and the influence it threatens to give Beijing, makes many officials in Pyongyang nervous.', 11);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('south_korea.summary', 'south_korea', 'Kim has pushed Seoul hard to participate in joint inter-Korean projects. His appeal to Korean unity has run headfirst into the South''s allegiance to Washington.', 12);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('trade_target.summary', 'trade_target', 'According to internal documents, Kim wants to boost trade with Russia tenfold, to $1 billion, by 2020. That would require significant easing of sanctions and a change in Russian behavior.', 13);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('russia_projects.summary', 'russia_projects', 'Russia has a very small footprint in the North. Officials have long talked about big projects, but Putin hasn''t shown much interest in actually carrying them out.', 15);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('why_now.summary', 'why_now', 'The Kim-Putin meeting is coming surprisingly late in the game, nearly a year and a half since Kim announced his plan to emerge from isolation. It may reflect his frustrations over Hanoi.', 16);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('hanoi_summit.summary', 'hanoi_summit', 'Kim''s February summit with Trump in Hanoi ended with no agreements on either denuclearization measures or the lifting of sanctions. Both sides are digging in on hard-line negotiation positions.', 20);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('putin_history.summary', 'putin_history', 'Putin has more experience with North Korea''s leaders than most. He visited Pyongyang in 2000, and met with Kim''s father, Kim Jong Il, in Moscow in 2001 and in Vladivostok in 2002.', 22);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('history.summary', 'history', 'Moscow helped bring Kim Il Sung to power and helped rebuild the country after the 1950-53 Korean War. Those ties fell apart after the 1991 Soviet collapse.', 4);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('summit_count.summary', 'summit_count', 'Kim has held four summits with Chinese President Xi Jinping, three with South Korean President Moon Jae-in and two with Trump.', 18);
INSERT INTO fact (key, intent, value, paragraph_id) VALUES ('source.summary', 'source', 'This is an AP report datelined TOKYO, headlined "North Korea''s Kim will go into Putin summit needing a win."', 24);
UPDATE fact SET value = 'the North Korean leader', paragraph_id = 2 WHERE key = 'person.kim_jong_un.description' AND value = 'North Korea''s leader, who goes into his first one-on-one summit with Vladimir Putin needing a win';
UPDATE fact SET value = 'the Russian President', paragraph_id = 2 WHERE key = 'person.vladimir_putin.description' AND value = 'Russia''s president, who meets Kim for their first one-on-one summit and has more experience with North Korea''s leaders than most';
UPDATE fact SET value = 'the U.S. President', paragraph_id = 1 WHERE key = 'person.donald_trump.description' AND value = 'the U.S. president; Kim has held two summits with him, and the second, in Hanoi in February 2019, failed';
UPDATE fact SET value = 'the Chinese President', paragraph_id = 18 WHERE key = 'person.xi_jinping.description' AND value = 'China''s president; Kim has held four summits with him';
UPDATE fact SET value = 'the South Korean President', paragraph_id = 18 WHERE key = 'person.moon_jae_in.description' AND value = 'South Korea''s president; Kim has held three summits with him';
UPDATE fact SET value = 'Kim''s father', paragraph_id = 22 WHERE key = 'person.kim_jong_il.description' AND value = 'Kim Jong Un''s father, a former North Korean leader; Putin met him in Moscow in 2001 and in Vladivostok in 2002';
UPDATE fact SET value = 'Kim''s grandfather', paragraph_id = 23 WHERE key = 'person.kim_il_sung.description' AND value = 'Kim Jong Un''s grandfather, whom Moscow helped bring to power in North Korea';
UPDATE fact SET value = 'a former president', paragraph_id = 22 WHERE key = 'person.dmitry_medvedev.description' AND value = 'a former Russian president, who met Kim Jong Il in Vladivostok in 2011';

INSERT INTO answer_unit (key, kind, answer_types, also_paragraphs, examples) VALUES
 ('source.title', 'fact', 'description', '', 'what is the headline of this article?
what''s the title of the story?
is the headline about kim needing a win at the putin summit?
what does the article''s title say about kim going into the summit?
what''s this news piece called?
Title of the article?
What is the article called?
What''s the name of the story?
Is the headline about Trump?
whats the title
What does the headline say about Kim?'),
 ('source.agency', 'fact', 'person,place', '', 'which news agency published this article?
is this an associated press story?
where is the story datelined?
dateline?
what outlet is this from, and where was it filed?
which news agancy is this from
What agency published this?
where is the article datelined
which outlet published this?
ap or reuters'),
 ('source.photo_putin', 'fact', 'date,place,description', '', 'when was the picture of putin shot?
putin photo st. petersburg?
is putin pictured in st petersburg in the file photo?
what does the combination file photo show of the russian president?
what''s the date on the putin pic?
When was the Putin photo taken?
What does the photo show of Putin?
Was Putin photographed in Moscow?
Putin photo St Petersburg?
date of putin''s picture?
Where''s the file photo of Putin from?
putin pic'),
 ('source.photo_kim', 'fact', 'date,place,description', '', 'where was the photo of kim jong un taken?
when was the picture of kim shot?
kim photo hanoi?
is kim pictured in hanoi, vietnam in the file photo?
what does the combination image show of the north korean leader?
what''s the date on the kim pic?
Where was the photo of Kim taken?
When was Kim''s photo taken?
What does the photo show of Kim?
was kim photographed in pyongyang
Kim photo Hanoi date?
photo of kim jong un where?
When and where is the file photo of Kim from?
kim pic location'),
 ('source.photo_credits', 'fact', 'person', '', 'who are the photographers?
photo credits?
did dmitri lovetsky take the pictures?
who shot the pics in this article?
which ap photographers are credited for the images?
Photo credits?
Who are the photographers?
Who shot the pictures?
Did Evan Vucci take the photo?
who is dmitri lovetsky
photographers names
who gets credit for the file photos'),
 ('participants.leaders', 'fact', 'person,description', '', 'who is meeting whom?
who are the leaders at the summit?
kim and putin meeting?
is kim jong un meeting vladimir putin?
which heads of state are getting together?
who''s kim sitting down with?
who is meeting
Who is Kim meeting?
Which leaders are involved in the summit?
who is putin meeting with
is kim meeting the chinese leader in russia
who are the two leaders?
the north korean leader meets who
Who''s taking part in this summit?'),
 ('participants.first_meeting', 'fact', 'description', '', 'is this the first time kim and putin have met?
have kim and putin met before?
first one-on-one?
how many times have kim and putin met before this?
is this their first face to face sit-down?
is this kim''s first summit with putin?
is this the first time kim and putin have met
Have Kim and Putin met before?
Is this their first one-on-one meeting?
is this their third meeting
first meeting between kim and putin?
How many times have Kim and Putin met?
Did Kim Jong Un ever meet Putin before this?
kim putin first meeting'),
 ('location.place', 'fact', 'place', '', 'where is the summit taking place?
is the meeting in vladivostok?
which russian city hosts the talks?
where''s the summit being held?
where do kim and putin meet
in which city is the summit
where is the meeting held
what city hosts the summit
where will they meet
where is the sumit
What city is hosting the Kim-Putin summit?
which russian city
Where''s the meeting happening?
Is it in Vladivostok?'),
 ('date.day', 'fact', 'date', '', 'what day are kim and putin meeting?
meeting date?
when do the talks happen?
which day of the week is the kim putin sit-down?
when will kim and putin meet
on which day is the summit held
when does the summit take place
when are they meeting
what day is the summit
When is Kim meeting Putin?
Which day of the week does the meeting take place?
is the summit on monday
When does the Kim Putin meeting happen?
what day are they meeting in vladivostok?
So when''s the big meeting, what day?
Summit day?'),
 ('kim_goals.wish_list', 'fact', 'list,description', '', 'kim''s demands?
what is kim asking for at the summit?
what''s kim hoping to get out of the meeting?
what''s on kim''s shopping list for russia?
Does Kim have a whish list?
How long is Kim''s wish list?
Will Kim come with a list of demands?
Kim wish list?
does kim have a short list of requests
what''s kim bringing to the meeting, a list?
does kim want a lot from putin
Is Kim going in with a long list of asks?'),
 ('kim_goals.win', 'fact', 'reason,description', '', 'why does kim need a win?
is kim looking for a victory after the trump summit failed?
kim needs a win?
what does kim want after the failed summit with trump?
why is kim desperate for a success?
does kim want to score a diplomatic win?
does kim need a win
Why does Kim want a win?
Does Kim want a victory after the Trump summit failed?
kim needs a win?
is kim coming off a big success with trump
What''s Kim''s desire going into the summit?
why is kim desperate for a diplomatic win
kim notch a win'),
 ('kim_goals.pivot', 'fact', 'description', '', 'what does the AP call kim''s courting of russia?
what is kim''s furtive pivot north?
pivot north?
is kim turning toward russia?
why is kim''s shift to moscow described as furtive?
how does the article describe kim''s turn to russia?
What does the article call Kim''s move toward Russia?
What is the ''furtive pivot north''?
Is Kim pivoting north to Russia?
How does the article describe Kim''s turn toward Moscow?
kim''s pivot north?
Is Kim''s shift toward Russia described as open and public?
what does furtive pivot mean here
kims secretive turn to russia'),
 ('kim_goals.urgent_concerns', 'fact', 'list,amount', '7,8', 'what is kim most worried about going into the summit?
kim''s two concerns?
does kim have pressing problems to raise with putin?
what are kim''s immediate priorities?
what two issues are bugging kim right now?
What are Kim''s two urgent concerns?
What is Kim worried about going into the summit?
What are Kim''s most pressing concerns?
kim urgent concerns
what two things does kim need most urgently?
Is Kim''s only urgent concern the nuclear issue?
what problems does kim need to solve right away
what issues are top of kims list rn'),
 ('kim_goals.deeper', 'fact', 'reason', '', 'is there more to kim courting putin than workers and food?
does kim''s outreach to putin go deeper?
deeper reasons?
why is kim really courting putin?
what''s the bigger motive behind kim wooing russia?
is it just about laborers and wheat?
is it only about the laborers and food
Does Kim''s courting of Putin go deeper than his urgent concerns?
Is there more to Kim''s outreach to Putin than workers and food?
Is Kim only going for food aid?
are there deeper reasons kim is courting putin?
deeper motives kim russia
Is it just about the laborers and wheat, or something bigger?
kim courting putin deeper reasons'),
 ('laborers.count', 'fact', 'amount', '', 'how many laborers are still employed in russia?
number of workers?
are there more than 10,000 north korean laborers in russia?
how many nk workers are still working there?
how many north korean migrant laborers does russia still employ?
How many north Korean laboreres are in Russia?
How many NK workers are still in Russia?
How many North Korean workers are currently employed in Russia?
are there only 100 north korean laborers in russia
number of nk laborers in russia now
how many workers are still there?
More than 10,000 workers, is that right?
how many north koreans work in russia today'),
 ('laborers.industry', 'fact', 'description,place', '', 'what industry do the laborers work in?
what jobs do the north korean workers do?
logging?
do the workers cut timber in the russian far east?
where in russia do the laborers work?
what kind of work are the nk workers doing?
what industy do the laborers work in
What jobs do NK workers do in Russia?
Where in Russia do most of the laborers work?
do the north korean workers work in construction
logging?
are the workers mostly in the russian far east
what kind of work do they do
Do many of them work as loggers in the Far East?'),
 ('laborers.deadline', 'fact', 'date', '', 'when are the workers being kicked out?
by when must the laborers leave russia?
deadline for workers?
are the workers being expelled by the end of the year?
when will russia deport the north korean laborers?
when do the nk workers have to go home?
when do the laborers have to leave russia
By when are the workers being kicked out?
What''s the deadline for the North Korean workers to leave?
are the laborers being expelled next year
when must nk workers go home
laborer deadline?
When will the workers be sent back?
kicked out by end of this year'),
 ('laborers.resolution', 'fact', 'reason', '', 'why are the laborers being kicked out?
which un resolution is sending the workers home?
2017 sanctions resolution?
are the workers being expelled because of un sanctions?
what rule forces the deportation of the north korean workers?
why is russia booting the nk laborers?
why are the laborers being kicked out
What UN resolution is kicking the workers out?
Which sanctions resolution requires the workers to leave?
Why must the workers leave Russia?
un sanctions 2017 workers?
What''s forcing Russia to send the laborers home?
which year was the un resolution on laborers'),
 ('laborers.peak', 'fact', 'amount', '', 'how many workers used to be in russia?
peak number of workers?
were there once 50,000 north korean laborers?
what was the highest number of nk workers previously?
how many workers did there used to be at most?
What was the highest number of NK workers in Russia?
How many North Korean workers did Russia used to have?
Were there ever 50,000 NK laborers in Russia?
peak number of workers?
Previously how many?
Were there once 100,000 laborers?
how many workers at most'),
 ('laborers.revenue', 'fact', 'amount', '', 'how much revenue do the laborers provide?
worker earnings?
do the laborers earn hundreds of millions of dollars for the regime?
what is the income from the north korean workers estimated at?
how much cash do the laborers make for pyongyang according to us officials?
how much money do the laborers make for north korea
What revenue do the workers provide?
How much do the laborers bring in according to U.S. officials?
Do the workers earn hundreds of millions?
laborer revenue?
is the revenue from the workers small
How much is the revenue stream from the laborers estimated at?
how much cash do nk workers generate'),
 ('laborers.keep_flowing', 'fact', 'reason', '', 'does kim want to keep the revenue flowing?
what does the regime want to do about the worker income?
keep the money coming?
why does kim care about the laborers?
does pyongyang want the cash from workers to continue?
what does the kim regime want regarding the laborers'' money?
Does the Kim regime want to keep the money flowing?
Does Kim want to keep the laborer revenue?
Does the Kim regime want that revenue stream to continue?
Does North Korea want the money from workers to stop?
what does the regime want to do about the laborer income
keep the money flowing?
is kim hoping to keep the cash coming from the workers
kim wants laborers money to keep comming in'),
 ('food_aid.shortage', 'fact', 'description,date', '', 'is north korea facing a food shortage?
what food problem is kim worried about?
food shortage?
when could there be a food shortage?
is there a risk of famine in north korea this summer?
are north koreans running short of food?
Is North Korea facing a food shortage?
When might NK run short of food?
Is a food shortage expected this summer?
will north korea have enough food this year
possible famine in north korea?
Does Kim expect food shortages this winter?
Food problems NK?
What''s the food situation Kim is worried about?'),
 ('food_aid.willingness', 'fact', 'description', '', 'is russia willing to provide humanitarian aid?
will russia help north korea with aid?
humanitarian aid?
has russia shown willingness to send assistance?
what has russia said about helping with relief?
does moscow want to give aid to the north?
Will Russia help with food aid?
Has Russia been open to providing humanitarian assistance to NK?
does moscow provide aid to north korea
Is Russia refusing to give humanitarian aid?
russia humanitarian aid willing?
is putin willing to send aid to north korea
russias attitude to helping nk with aid'),
 ('food_aid.shipment', 'fact', 'amount', '', 'what did russia ship to north korea?
wheat shipment?
did russia send more than 2,000 tons of wheat?
how many tons of grain did russia deliver?
what food aid has russia sent?
How many tons of wheat were shipped?
What did Russia ship to North Korea?
Russia food aid amount?
how much grain did moscow give nk
Was it 2,000 tons of wheat or more?
how many tonnes of wheet'),
 ('food_aid.port', 'fact', 'place', '', 'where was the wheat shipped to?
which port received the wheat?
wheat port?
was the wheat sent to chongjin?
where did the russian grain arrive?
what north korean port got the food aid?
where was the wheat shipped to
Which port got the Russian wheat?
What North Korean port did the aid go to?
Did the wheat arrive at Nampo?
name of the port for the wheat shipment
Where did Russia send the grain?
chongjin port what arrived there
wheat destination port?'),
 ('food_aid.when', 'fact', 'date', '', 'when was the wheat sent?
wheat shipment when?
was the wheat shipment announced last month?
how recently did russia ship the grain?
when did moscow say it had delivered the wheat?
when did russia ship the wheat
When was the wheat shipment announced?
How recently did Russia send the grain?
Did Russia announce the wheat shipment last year?
when did the food aid go out
last month or last week, the wheat?
when was the wheat sent to chongjin
timing of the wheat delivery'),
 ('economy.primary_concern', 'fact', 'description', '', 'what is kim''s primary concern?
what does kim care about most?
economy?
is kim more focused on the economy than denuclearization?
what''s kim''s top priority?
What is Kim''s main priorty?
Does Kim care more about nukes or the economy?
What''s Kim''s primary concern?
Is denuclearization Kim''s top concern?
kims biggest priority the economy?
Despite all the denuclearization talk in Washington, what is Kim actually focused on?
Is Kim mainly trying to fix North Korea''s economy?
What matters most to Kim, economy or weapons?'),
 ('sanctions.effect', 'fact', 'reason,description', '', 'how do sanctions affect north korea?
what are sanctions keeping kim from doing?
sanctions impact?
are sanctions hurting north korea''s economy?
what''s holding back the nk economy?
what are sanctions doing to kim
How do sanctions affect North Korea?
What are the sanctions keeping Kim from doing?
Are sanctions helping NK''s economy?
sanctions impact on economy?
why does kim want sanctions lifted
Do the sanctions hurt the NK economy?
How do the sanctions hold back North Korea?'),
 ('sanctions.status', 'fact', 'description', '', 'has kim made progress getting sanctions relief?
sanctions relief status?
are sanctions talks at an impasse?
what happened to kim''s push to escape sanctions after hanoi?
is sanctions relief stuck?
Are the sanctions talks stuck?
What''s the status of Kim''s push for sanctions relief?
has kim managed to get out from under sanctions
Sanctions impasse?
is there progress on lifting sanctions?
Did Kim get sanctions eased after Hanoi?
sanctions relief stalled?'),
 ('china.role', 'fact', 'description', '', 'china trade?
does north korea depend on china?
which country does pyongyang rely on most for trade?
is beijing north korea''s biggest trade partner?
What''s NK''s biggest trade partner?
Which country does North Korea depend on most for trade?
Who does Pyongyang mostly trade with?
north koreas primary tradeing partner
Has North Korea long depended on China economically?'),
 ('china.worry', 'fact', 'reason,description', '', 'why are north korean officials nervous about china?
does pyongyang worry about beijing''s influence?
china influence?
what makes officials in pyongyang nervous?
why doesn''t north korea want to rely on china too much?
are north koreans uneasy about depending on china?
why are north korean officials nervous about china
Does depending on China worry Pyongyang?
Why would Pyongyang be uneasy about relying on Beijing?
Are NK officials comfortable depending on China?
What''s the downside of relying on China?
the influence beijing gets, does that bother north korea?
Whats Pyongyang afraid of with China?
Is Kim''s government worried China could get too much influence over them?'),
 ('china.businessmen', 'fact', 'description', '', 'how big is china''s business presence in north korea?
chinese businessmen?
how many chinese business people are on the ground in the north?
are there lots of chinese traders in north korea?
how does china''s presence in north korea compare?
Are there a lot of Chinese businessmen on the ground in North Korea?
chinese buisnessmen in nk
Did the article say China has only a handful of business people in the North?
how many chinese business people are actually inside north korea
Do Chinese companies have people working on the ground there?
china traders on the ground in pyongyang?
I was wondering about Beijing''s commercial presence - are Chinese businesspeople active in North Korea at all?'),
 ('south_korea.projects', 'fact', 'list,description', '', 'what has kim asked south korea to do?
what inter-korean projects does kim want?
railroads?
what joint projects has kim pushed on seoul?
is kim pressing the south to fix north korea''s infrastructure?
what has kim asked south korea for
What projects does Kim want with Seoul?
Has Kim pushed Seoul on joint projects?
Did Kim ask South Korea to build nuclear plants?
Inter Korean railroad projects?
rebuild railroads north korea south korea?
What infrastructure does Kim want South Korea to help with?
Kim South Korea joint projects?'),
 ('south_korea.obstacle', 'fact', 'reason', '', 'why haven''t the inter-korean projects happened?
what is blocking kim''s appeal to korean unity?
korean unity?
is south korea''s alliance with the us getting in the way?
what obstacle has kim''s push for unity hit?
why won''t seoul go along with kim?
Why haven''t the inter-Korean projects worked?
What''s blocking Kim''s appeal to Korean unity?
What''s the obstacle with South Korea?
Is South Korea more loyal to Washington than to Korean unity?
Korean unity problem?
Has Kim''s appeal to Korean unity won over Seoul?
why won''t seoul go along with kim?
South''s allegiance to Washington?'),
 ('south_korea.warning', 'fact', 'description', '', 'what has washington warned seoul about?
did the us warn south korea?
us warning seoul?
has the us told south korea not to undermine sanctions?
what is the us cautioning seoul against?
what did america tell south korea?
what has washington warned seoul about
Did the US warn South Korea?
What did the U.S. tell Seoul about sanctions?
did washington encourage seoul to invest in nk
us warning to south korea
is the us pressuring seoul not to undermine sanctions?
washington warned seoul
What''s America''s message to South Korea?'),
 ('trade_target.goal', 'fact', 'amount,date', '', 'what is kim''s trade target?
trade goal?
does kim want $1 billion in trade with russia by 2020?
how big does kim want commerce with moscow to get?
does kim want to increase trade tenfold?
What''s Kim''s trade target?
What is the $1 billion trade goal?
trade goal russia 2020
tenfold trade increase?
By when does Kim want $1 billion in trade?
how big does kim want russia trade to get'),
 ('trade_target.evidence', 'fact', 'person,description', '', 'where does the trade target come from?
who obtained the internal documents?
source of the trade figures?
did a south korean researcher get the documents?
how do we know about kim''s trade plan?
what documents reveal kim''s trade goal?
where does the trade goal info come from
How do we know Kim wants $1 billion in trade?
What''s the source of the trade target?
internal documents source
was the trade goal announced publicly by kim
how was the trade plan found out?
Is the trade target from leaked internal documents?
What''s the evidence for Kim''s trade goal?'),
 ('trade_target.newspaper', 'fact', 'place,date', '', 'which newspaper published the documents?
japanese newspaper?
were the documents printed in a japanese paper?
when were the internal documents published?
where did the leaked documents come out?
where were the documents publised
Which country''s newspaper published the documents?
When were the internal documents published?
were the documents published in a south korean paper
japanese newspaper documents
where did the trade documents come out?
Who published the documents?
published this week in'),
 ('trade_target.requires', 'fact', 'reason,description', '', 'what would it take to reach the trade target?
is the trade goal realistic?
easing of sanctions?
would the trade target need sanctions to be eased?
what would boosting trade tenfold require?
is sanctions relief likely?
What would the trade goal require?
Is the $1 billion goal realistic?
Would boosting trade need sanctions to be eased?
is sanctions easing likely
does the trade target need sanctions relief?
What''s needed for tenfold trade?
Can Kim reach $1 billion without any sanctions changes?
trade goal likely'),
 ('trade_target.russian_behavior', 'fact', 'reason,description', '', 'what else would the trade target require?
would russia have to change its behavior?
change in russian behavior?
does russia need to act differently for trade to grow?
what would moscow need to do for the trade goal?
does the trade target depend on russia?
would russia have to change for the trade goal
What change from Russia is needed?
Does Russia need to change its behavior for the trade target?
does the trade goal need nothing from russia
change in russian behavior
what else besides sanctions would be required?
Would Moscow need to act differently?
Russia behavior change trade?'),
 ('russia_projects.footprint', 'fact', 'description', '', 'how big is russia''s presence in north korea?
does russia have a big footprint in the north?
russian footprint?
how does russia''s presence compare to china''s?
are there many russians doing business in north korea?
how involved is russia on the ground in the north?
How big is Russia''s presence in North Korea?
Does Russia have a big footprint in NK?
How does Russia''s presence in the North compare with China''s?
does russia have a large presence in north korea
russia footprint north korea
are there many russians in north korea?
how involved is russia on the ground in nk
russias presence small?'),
 ('russia_projects.projects', 'fact', 'list', '', 'what projects have officials talked about?
pipelines?
was a pipeline across the korean peninsula proposed?
what infrastructure schemes have russia and north korea discussed?
what big projects have been talked about
What projects have officials discussed?
Have there been plans for railways or pipelines?
did they talk about building a bridge
rail routes to europe pipeline
what infrastructure projects have been proposed?
gas pipeline across korea?
What kinds of big Russia-Korea projects have officials floated?'),
 ('russia_projects.putin_interest', 'fact', 'description', '', 'has putin shown interest in the big projects?
why haven''t the pipelines and railways been built?
putin interest in projects?
is putin keen on carrying out the rail and pipeline projects?
has putin followed through on the big plans?
does putin care about the projects?
is putin intrested in those projects
Has Putin carried out the big projects?
Has Putin shown interest in building the pipelines or rail lines?
has putin been eager to build the railways
putin interest in projects
why haven''t the big projects happened?
did putin ever follow through on the projects
putin not interested in pipelines?'),
 ('why_now.timing', 'fact', 'description', '', 'why is the summit happening now?
is the meeting coming late?
why so late?
why has it taken so long for kim to meet putin?
is the timing of the summit surprising?
why now?
is the meeting late
Is the summit coming late?
Is the Kim-Putin meeting coming late in the game?
Is the meeting early?
surprisingly late
Why is the timing surprising?
late in the game?
has the meeting taken a long time to happen'),
 ('why_now.since', 'fact', 'date,amount', '', 'how long ago did kim announce his plan to emerge from isolation?
how long has it been since kim began his diplomacy?
year and a half?
has it been nearly a year and a half since kim''s announcement?
when did kim start coming out of isolation?
how long since kim decided to open up?
how long since kim announced his plan
When did Kim announce his plan to emerge from isolation?
How long ago did Kim decide to come out of isolation?
Has it been five years since Kim''s plan?
year and a half?
When did Kim start his diplomacy?
how long has kim been doing diplomacy
Time since Kim''s announcement?'),
 ('why_now.plan', 'fact', 'list', '', 'what did kim announce a year and a half ago?
emerge from isolation?
what diplomatic strategy did kim lay out?
how did kim plan to expand relations with china and south korea?
what was kims plan
What did Kim announce a year and a half ago?
What was Kim''s plan to emerge from isolation?
did kim plan to cut off talks with washington
kim''s diplomatic plan?
emerge from isolation plan
what did kim set out to do diplomatically
kim plan china south korea washington talks'),
 ('why_now.stalled', 'fact', 'reason,description', '', 'have kim''s talks with the us stalled?
what happened to kim''s campaign for investment from south korea?
stalled talks?
why might kim want to shake things up?
are negotiations with washington stuck?
is the push for south korean investment going nowhere?
Have Kim''s talks with the US stalled?
What happened to Kim''s campaign for South Korean investment?
Have Kim''s talks with the U.S. stalled?
is south korean investment flowing into nk
stalled talks?
why is kim shaking things up
What''s stalled for Kim?
massive investment from south korea stalled'),
 ('why_now.serious_player', 'fact', 'description', '', 'what has the summitry achieved for kim?
has kim become a serious player?
world stage?
did the summits boost kim''s standing?
what did all the summits do for kim''s image?
is kim now taken seriously internationally?
what has the summitry done for kim
Has Kim become a serious player?
What has all the summit diplomacy achieved for Kim?
did the summits make kim irrelevant
serious player world stage
is kim taken seriously now?
what did kim gain from the summits
Has Kim established himself on the world stage?'),
 ('why_now.reason', 'fact', 'reason', '20', 'what''s behind the timing of the summit?
reason for the meeting?
is kim frustrated over hanoi?
does the meeting reflect kim''s frustration?
what motivated kim to meet putin at this point?
What''s the reason for the timing?
Why does Kim want to meet Putin at this moment?
Is Kim meeting Putin because Hanoi went well?
why meet now
reason kim putin meeting now?
Is Kim frustrated with the Hanoi summit?
Does the meeting reflect Kim''s frustrations?'),
 ('hanoi_summit.when', 'fact', 'date,place', '1', 'where was kim''s second summit with trump?
hanoi summit date?
was the second trump-kim summit in february 2019?
when did kim and trump meet in vietnam?
where and when did kim last meet trump?
Where was Kim''s second summit with Trump?
When did Kim and Trump meet in Hanoi?
was the hanoi summit in 2018
what month was the second trump kim summit
date of hanoi summit?
Where and when did the second Trump-Kim meeting happen?
Trump Kim second summit when and where?'),
 ('hanoi_summit.limitations', 'fact', 'description', '', 'did hanoi expose kim''s limitations?
kim''s limits?
what did the hanoi meeting reveal about kim?
how did hanoi show kim''s weaknesses?
what did the failed summit reveal?
What did Hanoi reveal about Kim?
Did the Hanoi summit show Kim''s limitations?
did hanoi prove kim could get whatever he wanted
Hanoi Kim''s limits?
What did the failed Hanoi meeting expose about Kim''s position?
what did we learn about kim from hanoi
did the hanoi talks show kims weaknesses?'),
 ('hanoi_summit.outcome', 'fact', 'description', '', 'what was the outcome of the hanoi summit?
hanoi result?
was there any agreement at hanoi?
did trump and kim agree on denuclearization or lifting sanctions?
why did the trump kim summit fail?
Did Trump and Kim reach an agreement in Hanoi?
What was the result of the Hanoi summit?
Did Hanoi end with sanctions being lifted?
was there a denuclearization deal in hanoi?
hanoi outcome
Why is the Hanoi summit called a failure - what was agreed?
any agreements at the hanoi meeting'),
 ('hanoi_summit.aftermath', 'fact', 'reason,description', '', 'what happened after hanoi?
are both sides digging in?
hard-line positions?
is a deal now even harder to reach?
how have negotiations changed since hanoi?
are the us and north korea taking tougher stances?
Why will it be harder to reach a deal now?
Are both sides digging in?
What''s happened to the US and North Korean negotiating positions since Hanoi?
are trump and kim more flexible now
will sanctions relief be even harder now
hard-line positions after hanoi?
Why might denuclearization be even more difficult to accomplish now?
Is a deal getting harder betwen the US and NK?'),
 ('putin_outlook.assessment', 'fact', 'description', '', 'will putin oblige?
is it clear whether putin will deliver?
can putin actually deliver for kim?
what are kim''s chances with putin?
How much is Putin likely to oblige Kim?
is putin sure to give kim everything
will putin oblige?
is it clear putin will help
Will Putin deliver for Kim?'),
 ('putin_history.experience', 'fact', 'description', '', 'how much experience does putin have with north korea?
has putin dealt with north korean leaders before?
putin experience?
does putin know north korea''s leaders well?
how familiar is putin with pyongyang''s rulers?
is putin more experienced with north korea than most?
Does Putin have experience with North Korea''s leaders?
How experienced is Putin with NK leaders?
Does Putin know North Korea''s leaders better than most?
Is Putin new to dealing with North Korea?
putin nk experience
has putin dealt with the kims before?
How much experience does Putin have with the North Korean leadership?
Putin more experience than most?'),
 ('putin_history.pyongyang_visit', 'fact', 'date,place', '', 'has putin been to north korea?
putin pyongyang visit?
did putin go to pyongyang in 2000?
what year did putin travel to the north korean capital?
has putin ever visited the north?
Has Putin been to North Korea?
Did Putin ever visit Pyongyang?
did putin visit pyongyang in 2010
putin pyongyang trip?
what year did putin go to north korea
Has the Russian president ever traveled to the North Korean capital?
putin visit nk 2000'),
 ('putin_history.kim_jong_il_meetings', 'fact', 'date,place,person', '', 'did putin meet kim''s father?
when did putin meet kim jong il?
putin kim jong il meetings?
did putin meet kim jong il in moscow and vladivostok?
where did putin see kim''s dad?
how many times did putin meet the previous north korean leader?
Where did Putin meet Kim Jong Il?
Did Putin meet Kim Jong Il in Beijing?
putin kim jong il meetings 2001 2002
How many times did Putin meet Kim''s dad?
When and where did Putin see Kim Jong Il?
putin meet kim jong il in moscow?'),
 ('putin_history.medvedev', 'fact', 'date,place,person', '', 'did medvedev meet kim jong il?
when did medvedev meet kim''s father?
medvedev?
where did dmitry medvedev meet kim jong il?
did another russian president meet kim jong il in vladivostok?
what happened in 2011?
did medvedev meet kim jong il
When did Medvedev meet Kim''s father?
Where did Dmitry Medvedev meet Kim Jong Il?
Medvedev Kim Jong Il 2011?
Did any other Russian president meet Kim Jong Il?
what happened in vladivostok in 2011
medvedev meeting nk leader when'),
 ('history.foundation', 'fact', 'description,date', '', 'how far back does the russia north korea relationship go?
when did ties between pyongyang and moscow begin?
origins of the relationship?
does the relationship go back to north korea''s founding?
how old are relations between moscow and pyongyang?
how long have russia and north korea been linked?
how far back does the russia nk relationship go
How old is the relationship between Moscow and Pyongyang?
Does the relationship go back to North Korea''s founding?
is the russia north korea relationship new
when did russia and nk relations start
origins of russia north korea ties?
Did the relationship only start with Putin?
How long have Pyongyang and Moscow had ties?'),
 ('history.closeness', 'fact', 'description', '', 'have russia and north korea always been close?
how close are pyongyang and moscow?
comradery?
were relations between moscow and pyongyang always friendly?
are russia and north korea good friends?
how tight are the two countries historically?
have russia and north korea always been close
Were Pyongyang and Moscow always comrades?
How close have relations between Moscow and Pyongyang been?
is it true moscow and pyongyang have always been best friends
russia north korea relations always good?
how tight are russia and nk historically
Were relations always the picture of comradery?
has the russia nk relationship been rocky at times'),
 ('history.founding', 'fact', 'person,description', '', 'who brought kim il sung to power?
what role did moscow play in north korea''s founding?
kim il sung power?
did the soviets install kim''s grandfather?
how did kim''s grandfather come to power?
did moscow help put kim il sung in charge?
who brought kim il sung to powr
Did Moscow help Kim''s grandfather take power?
What role did the Soviets play in bringing Kim Il Sung to power?
did china install kim il sung
How did Kim''s grandpa come to power?
moscow''s role in kim il sung''s rise?
who put the first kim in charge
Was Russia instrumental in installing North Korea''s founding leader?'),
 ('history.rebuild', 'fact', 'description,date', '', 'did moscow help rebuild north korea after the korean war?
who helped rebuild the country after the war?
korean war rebuild?
what did the soviet union do after the 1950-53 war?
how did moscow help north korea post-war?
did russia help with reconstruction?
Who helped rebuild North Korea after the Korean war?
Did Moscow help North Korea after the war?
What did Moscow do after the 1950-53 Korean War?
did the us help rebuild north korea after the korean war
post war reconstruction north korea russia
rebuild after korean war?
Did the Soviets help reconstruct the country after 1953?
who rebuilt nk in the 50s'),
 ('history.collapse', 'fact', 'date,reason', '', 'what happened to relations after the soviet union collapsed?
soviet collapse?
did ties break down in 1991?
why did moscow pyongyang relations fall apart?
what ended the close relationship?
when did the ties between russia and north korea fall apart
What ended the Moscow-Pyongyang alliance?
What happened to the ties after 1991?
did the ties collapse right after the korean war
Soviet collapse effect on North Korea ties?
When did the relationship break down?
what year did the ussr collapse and wreck the ties
Did Soviet-North Korean ties survive the fall of the Soviet Union?'),
 ('history.end_support', 'fact', 'reason', '', 'why did russia end support for north korea?
did russia stop supporting former soviet allies?
end of support?
what role did russia''s economic meltdown play?
why did moscow cut off its old allies?
did russia drop north korea during its economic crisis?
why did russia stop supporting north korea
What did Russia decide about its former Soviet allies?
economic meltdown in russia and nk support
Why did Moscow cut off aid to Pyongyang in the 90s?
did russia keep supporting nk after the soviet union fell
russia ended support for soviet allies why?
What role did Russia''s own economic meltdown play in the split?'),
 ('participants.gap_delegation', 'gap', 'person,amount', '', 'who else is in kim''s delegation?
who is travelling with kim?
which officials come with kim to the summit?
how many people are in the delegation?
who is traveling with kim
Who''s in Kim''s delegation?
Is Kim''s sister coming along to Vladivostok?
who else attends the summit
which officials accompany kim?
is lavrov at the meeting
Who''s on Kim''s team for these talks?
does kim bring his wife'),
 ('putin_outlook.gap_outcome', 'gap', 'description,reason', '', 'what did they agree at the summit?
how did the summit go?
did the meeting succeed?
what was the result of the summit?
how did the summit go
What was the result of the Kim-Putin summit?
Did Kim and Putin sign any agreements?
what happened at the vladivostok summit
was the summit a success?
outcome of the meeting?
Did they reach a deal on the laborers in the end?'),
 ('putin_outlook.gap_putin_goals', 'gap', 'description,reason,list', '', 'what does putin want from kim?
what does russia get out of this?
what is putin hoping for at the summit?
what is in it for moscow?
what does putin want from the summmit
What''s in it for Putin?
What does Russia hope to gain from meeting Kim?
why is putin meeting kim
putin''s goals?
What does Moscow want from North Korea?
Is Putin looking for leverage against the US?
whats putins agenda'),
 ('date.gap_time', 'gap', 'date', '', 'what is the exact date of the summit?
which date in april is the summit?
at what hour do they meet?
at what time will the summit begin
what hour does the meeting begin
What''s the exact date of the summit?
What date is Thursday?
What is the calendar date of the Kim-Putin meeting?
april 25? is that the date
At what hour do they meet?
Does the article give the full date, like day and month, or a start time?'),
 ('date.gap_length', 'gap', 'date,amount', '', 'how long will the meeting last?
how many days does the summit take?
how long do they talk?
How long will the meeting last?
How many days is the summit?
Is it a one-day summit or does it go on for several days?
how long do kim and putin talk for
duration of the summit?
how many hours is the meetng scheduled for
is kim staying in russia for a week
Does the article say how long the talks will run?'),
 ('location.gap_venue', 'gap', 'place', '', 'which building in vladivostok hosts the summit?
what venue is the meeting at?
where exactly in vladivostok do they meet?
is the meeting at a university or a hotel?
where exactly in vladivostok are they meeting
What building is the summit in?
Is the meeting on Russky Island?
which venue is hosting the summit
what hotel is kim staying at
specific venue in vladivostok?
Is it at the Far Eastern Federal University campus?
where in the city is the meeting'),
 ('source.gap_author', 'gap', 'person', '', 'who wrote this article?
who is the author of the report?
which reporter wrote it?
Who wrote this article?
Who is the author?
What''s the reporter''s name?
byline?
Who''s the journalist?
which ap reporter wrote it
Is there a name on this story?
author name'),
 ('source.gap_written', 'gap', 'date', '', 'when was this article written?
when was the report published?
what is the date of the article?
when was this article written
What''s the publication date?
When was the story published?
Date of the article?
how old is this article
was this written in april 2019?
When did AP publish this?
Publish date?'),
 ('trade_target.gap_researcher', 'gap', 'person', '', 'what is the name of the south korean researcher?
who is the researcher who got the documents?
which researcher obtained the documents?
Who''s the researcher?
name of the guy who got the documents
What''s the South Korean researcher''s name?
which researcher obtained the documents
researcher name?
Which university is the researcher from?
Is the researcher named in the article?'),
 ('trade_target.gap_newspaper', 'gap', 'place,person', '', 'which japanese newspaper published the documents?
what is the name of the newspaper?
which paper printed the documents?
which japanese newspaper published it
What''s the name of the newspaper?
Was it the Asahi Shimbun?
Which paper ran the documents?
newspaper name?
was it yomiuri or nikkei
What Japanese paper published the internal documents?
name of the japanese paper'),
 ('laborers.gap_exact_revenue', 'gap', 'amount', '', 'exactly how much money do the workers earn for the regime?
what is the exact revenue from the laborers?
how many dollars precisely do the workers bring in?
exactly how much money do the laborers bring in
What''s the exact revenue from the workers?
How many dollars exactly do the workers earn for the regime?
precise figure for laborer revenue
is it $500 million from the laborers?
how much does each worker earn
exact amount of money from nk workers in russia
What''s the precise dollar total the Kim regime gets from overseas labor?'),
 ('laborers.gap_aftermath', 'gap', 'description,place', '', 'what will happen to the workers after they leave russia?
where will the laborers go next?
will the workers find new jobs?
what happens to the laborers after they leave
Where will the workers go when they''re kicked out?
What jobs will the laborers have when they return to North Korea?
will the workers be punished back home
do the laborers get new jobs in nk?
What will North Korea do with all the returning workers?
can the workers stay in russia some other way
what happens to the nk workers next'),
 ('food_aid.gap_size', 'gap', 'amount,description', '', 'how bad is the food shortage?
how many people will go hungry?
how much food does north korea need?
How bad is the food shortege?
How many people could go hungry in North Korea?
how severe will the famine be
How much food is North Korea short by?
is there going to be mass starvation
how big is the food shortfall in tons?
Will it be as bad as the 90s famine?
Does the article say how serious the food situation actually is?'),
 ('china.gap_figures', 'gap', 'amount', '', 'how much trade does north korea do with china?
what is the value of china north korea trade?
what percentage of trade is with china?
how much does north korea trade with china in dollars
What''s the value of China-North Korea trade?
what percentage of nk trade goes to china
china north korea trade volume numbers
How big is NK''s trade with Beijing, like in billions?
does the article give any figures for trade with china
how many dollars of trade between pyongyang and beijing each yaer
Exactly how much of North Korea''s imports come from China? Any stats?'),
 ('china.gap_view', 'gap', 'description,reason', '', 'what does china think about the summit?
how does beijing feel about kim meeting putin?
is xi happy about the meeting?
what does china think about the kim putin summit
How did Beijing react to Kim meeting Putin?
is xi ok with kim going to russia
china''s reaction to the vladivostok meeting?
Did the Chinese government comment on the Kim-Putin talks?
whats chinas opinion on the summit
does the chinese leader approve of this or is he annoyed
Is Beijing upset that Kim is cozying up to Moscow?'),
 ('sanctions.gap_list', 'gap', 'list,description', '', 'which sanctions exactly are on north korea?
list the sanctions against north korea
what do the sanctions ban?
What sanctions are on North Korea?
List the sanctions.
Which sanctions exactly apply to NK?
what do the un sanctions ban
what are all the sanctions?
do the sanctions cover oil
what specific sanctions does nk face
Can you list all the UN sanctions against Pyongyang?'),
 ('kim_goals.gap_nuclear', 'gap', 'description', '', 'will kim give up his nuclear weapons?
is kim ready to denuclearize?
how many nukes does north korea have?
will kim give up his nukes
Is North Korea going to denuclearize?
Will Kim agree to give up nuclear weapons at the summit?
Does Kim plan to dismantle his nuclear program?
will nk give up nuclear weapons?
Is Kim willing to trade his nuclear arsenal for sanctions relief?
nukes off the table?
will kim ever hand over his nucelar weapons'),
 ('participants.summary', 'summary', 'description,list', '', 'what''s the deal with this summit?
who''s involved in the summit?
give me an overview of who is meeting
what''s going on between kim and putin?
tell me about the participants
Tell me about the summit.
What is this meeting about?
summit?
explain the kim putin meeting
Whats going on between Kim and Putin?
Give me an overview of the Kim-Putin summit.
gist of the meeting
What''s happening with North Korea and Russia?'),
 ('kim_goals.summary', 'summary', 'description,list', '6,7,8', 'what''s the deal with kim''s wish list?
what does kim hope to achieve at the summit?
give me an overview of what kim wants
what are kim''s aims going into the meeting?
what''s kim after?
What''s Kim hoping to get out of the summit?
kim goals?
Explain what Kim is after.
Give me the gist of Kim''s wish list and what he hopes to get.
what is kim trying to achieve in vladivostok
So what is the nk leader actually looking for from this whole meeting with the Russian president?'),
 ('laborers.summary', 'summary', 'description,list', '', 'tell me about the north korean workers in russia
what''s the deal with the laborers?
what''s happening to the nk workers?
give me an overview of the labor issue
what''s going on with the workers being kicked out?
tell me about the laborers
tell me about the north korean laborers
laborers?
What''s going on with the workers in Russia?
explain the laborer issue
Gist of the NK workers in Russia story?
What''s the deal with the north Korean workers?
Summarize the situation with the overseas laborers.
Why is everyone talking about the north Korean loggers in Russia, whats the story there?'),
 ('food_aid.summary', 'summary', 'description,list', '', 'what''s the deal with the food situation?
give me an overview of russia''s food help
what''s going on with the wheat and the food shortage?
tell me about humanitarian aid from russia
what about food?
food aid?
What''s going on with food in North Korea?
Explain the Russia wheat aid story.
Give me the gist of the food shortage and humanitarian aid part.
Summarize the food situation.
so whats the deal with russian food help
Hey, I skimmed the bit about hunger and Russian help - can you explain what the article says about food and humanitarian assistance?'),
 ('sanctions.summary', 'summary', 'description,list', '', 'what''s the deal with sanctions on north korea?
give me an overview of the sanctions situation
what''s going on with sanctions?
how are sanctions affecting kim?
sanctions?
tell me about the santions
sanctions?
What''s going on with sanctions?
explain the sanctions situation
Gist of the sanctions part?
how do sanctions fit into all this
Summarize the sanctions issue for me.
What does the article say about the sanctions on North Korea overall?'),
 ('china.summary', 'summary', 'description,list', '', 'what''s the deal with china and north korea?
give me an overview of north korea''s relationship with china
what does the article say about beijing?
how does china fit in?
china?
tell me about china and north korea
What''s the China angle here?
china?
explain the north korea china relationship
Gist of what the article says about Beijing?
so where does china fit into all this
nk and china whats the deal
Can you give me an overview of what the piece says about China and its relationship with Pyongyang?'),
 ('south_korea.summary', 'summary', 'description,list', '', 'tell me about south korea''s role
what''s the deal with seoul?
give me an overview of kim''s dealings with south korea
what''s going on between the two koreas?
what does the article say about seoul?
south korea?
Tell me about South Korea''s role.
south korea?
What''s going on with Seoul?
explain the inter korean situation
gist of kim and the south
What''s the deal with north and South Korea?
Summarize the South Korea part.
How do things stand between Kim and the South, according to the article?'),
 ('trade_target.summary', 'summary', 'description,list', '14', 'what''s the deal with kim''s trade plan?
give me an overview of trade with russia
what''s going on with north korea russia trade?
tell me about kim''s economic goals with russia
trade with russia?
trade?
What''s going on with Russia-NK trade?
Explain Kim''s trade plan.
Gist of the $1 billion trade goal?
what does kim want on trade
Summarize the trade with Russia part.
So I heard something about Kim wanting way more trade with Russia, what''s the full story?'),
 ('russia_projects.summary', 'summary', 'description,list', '', 'tell me about russian projects in north korea
what''s the deal with russia''s involvement in the north?
give me an overview of russia''s economic presence
what''s going on with the big russian projects?
what does the article say about russia''s role in the north?
russian projects?
Tell me about Russia''s involvement in North Korea.
russian projects?
What''s Russia''s economic presence in NK?
Explain the big projects between Russia and NK.
Gist of Russia''s footprint and the projects?
What''s going on with Russian investment in North Korea?
Summarize Russia''s role in the North Korean economy.
How involved is Russia economically in NK and what ever happened with those big plans they kept talking about?'),
 ('why_now.summary', 'summary', 'description,list', '17,21,20', 'tell me about the timing of the summit
what''s the deal with why this is happening now?
give me an overview of why kim is meeting putin now
why is this summit taking place at this point?
explain the background to the timing
what explains the timing?
why now?
Tell me about the timing of the summit.
explain why kim is meeting putin now
gist of the why now section
What''s the story behind the timing?
Why did it take so long for Kim to meet Putin?
summarize why the meeting is happening now
Why is this summit happening at this particular point - can you explain the background?'),
 ('hanoi_summit.summary', 'summary', 'description,list', '10', 'what''s the deal with the trump summit?
give me an overview of what happened in hanoi
what went wrong at the kim trump meeting?
tell me about kim''s second meeting with trump
hanoi?
hanoi?
What happened in Hanoi?
explain the trump kim hanoi summit
Gist of the second Trump summit?
What''s the story with the failed summit with Trump?
Summarize the Hanoi talks for me.
I keep hearing the Vietnam summit was a flop. Can you walk me through what the article says about it?'),
 ('putin_history.summary', 'summary', 'description,list', '', 'tell me about putin''s history with north korea
what''s the deal with putin and the kim family?
give me an overview of putin''s past dealings with pyongyang
has putin met north korean leaders before?
tell me about previous russia north korea summits
putin history?
Tell me about Putin''s history with North Korea.
putin history?
What''s Putin''s past with the Kims?
Explain Putin''s previous dealings with NK leaders.
Gist of Putin''s experience with North Korea?
Has Putin dealt with North Korea before? Give me the background.
Summarize Putin''s track record with Pyongyang.
I''m curious about the Russian leader''s earlier meetings with North Korean leaders, can you fill me in?'),
 ('history.summary', 'summary', 'description,list', '23', 'tell me about the history between russia and north korea
what''s the deal with moscow and pyongyang''s past?
give me an overview of the relationship''s history
what''s the background of russia north korea ties?
how have relations evolved over time?
history?
tell me about the history between russia and north korea
history?
What''s the backstory of Russia-NK relations?
explain the historical ties between moscow and pyongyang
give me the gist of the soviet north korea history
How has the relationship evolved over time?
background on russia and nk
Can you summarize the past relationship, from Kim Il Sung to the Soviet collapse?'),
 ('summit_count.summary', 'summary', 'description,list', '', 'tell me about kim''s summits
who has kim met with?
give me an overview of kim''s summitry
how many meetings has kim had with world leaders?
summit count?
Tell me about Kim''s summits.
summits?
How many summits total?
Explain Kim''s summit diplomacy.
who has kim met and how many times?
Gist of Kim''s summitry?
Can you list all of Kim''s summits with other world leaders?'),
 ('source.summary', 'summary', 'description,list', '2', 'tell me about this article
what''s this story about?
give me an overview of the report
what''s the deal with this news piece?
summarize the article for me
what is this AP report?
Tell me about this article.
What''s the article about?
article overview?
Explain where this story comes from.
what is this piece
Summarize the article''s source and headline.
gist of the article
Can you give me a quick overview of this AP piece?'),
 ('person.kim_jong_un.description', 'fact', 'person,description', '', 'who is kim?
kim jong un?
is kim jong un the north korean leader?
what is kim''s role?
who runs north korea?
Who is Kim?
Who exactly is Kim Jong Un?
is kim jong un the south korean president
kim jong un?
Who''s the North Korean leader?
Who runs North Korea?
Who is the NK leader?'),
 ('person.vladimir_putin.description', 'fact', 'person,description', '', 'who is vladimir putin?
putin?
what is putin''s position?
who is russia''s leader?
who is vladimir putin
Who''s Putin?
What''s Putin''s title?
is putin the russian prime minister
putin?
Who is the Russian president?
who leads russia'),
 ('person.donald_trump.description', 'fact', 'person,description', '', 'who is donald trump?
what is trump''s position?
who is the american president?
who is donald trump
Who''s Trump?
What is Trump''s job?
Who is Trump in the article?
Is Trump the Russian president?
The American president, who is that?'),
 ('person.xi_jinping.description', 'fact', 'person,description', '', 'xi jinping?
is xi the chinese president?
what is xi''s position?
who is china''s leader?
Who''s Xi?
Remind me who Xi Jinping is?
is xi the president of china
xi jinping?
who is the chinese leader
Who''s the Chinese president?
Is Xi the Russian president?'),
 ('person.moon_jae_in.description', 'fact', 'person,description', '', 'who is moon?
moon jae-in?
is moon the south korean president?
what is moon''s position?
who is south korea''s leader?
Who''s Moon?
is moon the north korean leader
moon jae-in?
Who is South Korea''s president?
whos the south korean leader
What''s Moon''s role?'),
 ('person.kim_jong_il.description', 'fact', 'person,description', '', 'who was kim''s father?
kim jong il?
is kim jong il kim jong un''s dad?
how is kim jong il related to kim?
who is kim''s father?
Can you tell me who Kim Jong Il was?
Is Kim Jong Il Kim Jong Un''s brother?
kim jong il?
how is kim jong il related to kim jong un
Who was Kim''s father?
kim jong il relation'),
 ('person.kim_il_sung.description', 'fact', 'person,description', '', 'who was kim''s grandfather?
kim il sung?
is kim il sung kim jong un''s grandpa?
how is kim il sung related to kim?
Who was Kim Il Sung?
Is Kim Il Sung Kim''s father?
kim il sung?
how is kim il sung related to kim jong un
Kim''s grandpa who?
who was the grandfather'),
 ('person.dmitry_medvedev.description', 'fact', 'person,description', '', 'who is medvedev?
dmitry medvedev?
is medvedev a former russian president?
what was medvedev''s position?
who was the former president who met kim jong il?
Who is Medvedev in this story?
Is Medvedev the current Russian president?
medvedev?
What was Medvedev''s position?
medvedev former president'),
 ('person.xi_jinping.summits_with_kim', 'fact', 'amount', '', 'how many times has kim met xi jinping?
how many summits has kim held with the chinese president?
kim xi summits?
has kim met xi four times?
how often has kim sat down with china''s leader?
number of kim xi meetings?
How many times has Kim met Xi Jinping?
has kim met xi only once
kim xi summits
how many meetings with china''s leader?
how many times has kim gone to see xi
kim xi how many times'),
 ('person.moon_jae_in.summits_with_kim', 'fact', 'amount', '', 'how many times has kim met moon jae-in?
how many summits has kim held with the south korean president?
kim moon summits?
has kim met moon three times?
how often has kim sat down with south korea''s leader?
number of inter-korean summits?
How many summits has Kim had with Moon?
How many times has Kim met Moon Jae-in?
has kim met moon four times
kim moon summits
number of inter-korean summits?
how many times did kim and moon meet
how many summits with south korea'),
 ('person.donald_trump.summits_with_kim', 'fact', 'amount', '', 'how many times has kim met trump?
how many summits has kim held with the us president?
kim trump summits?
has kim met trump twice?
how often has kim sat down with trump?
number of kim trump meetings?
how many summits has kim had with trump
How many times has Kim met Trump?
How many times have Trump and Kim met?
trump kim summits count
number of trump summits?
how many meetings with the us president
kim trump how many');

INSERT INTO slot_term (term, kind, canonical, within) VALUES
 ('vladivostok', 'place', 'Vladivostok', 'Russia,Russian Far East'), ('moscow', 'place', 'Moscow', 'Russia'),
 ('st petersburg', 'place', 'St. Petersburg', 'Russia'), ('saint petersburg', 'place', 'St. Petersburg', 'Russia'),
 ('petersburg', 'place', 'St. Petersburg', 'Russia'), ('khabarovsk', 'place', 'Khabarovsk', 'Russia,Russian Far East'),
 ('sochi', 'place', 'Sochi', 'Russia'), ('siberia', 'place', 'Siberia', 'Russia'),
 ('russian far east', 'place', 'Russian Far East', 'Russia'), ('far east', 'place', 'Russian Far East', 'Russia'),
 ('russia', 'place', 'Russia', NULL),
 ('pyongyang', 'place', 'Pyongyang', 'North Korea'), ('chongjin', 'place', 'Chongjin', 'North Korea'),
 ('nampo', 'place', 'Nampo', 'North Korea'), ('rason', 'place', 'Rason', 'North Korea'),
 ('wonsan', 'place', 'Wonsan', 'North Korea'), ('sinuiju', 'place', 'Sinuiju', 'North Korea'),
 ('north korea', 'place', 'North Korea', NULL), ('the north', 'place', 'North Korea', NULL),
 ('seoul', 'place', 'Seoul', 'South Korea'), ('busan', 'place', 'Busan', 'South Korea'),
 ('panmunjom', 'place', 'Panmunjom', NULL), ('south korea', 'place', 'South Korea', NULL),
 ('beijing', 'place', 'Beijing', 'China'), ('shanghai', 'place', 'Shanghai', 'China'), ('china', 'place', 'China', NULL),
 ('hanoi', 'place', 'Hanoi', 'Vietnam'), ('vietnam', 'place', 'Vietnam', NULL),
 ('singapore', 'place', 'Singapore', NULL), ('tokyo', 'place', 'Tokyo', 'Japan'), ('japan', 'place', 'Japan', NULL),
 ('washington', 'place', 'Washington', NULL), ('new york', 'place', 'New York', NULL), ('geneva', 'place', 'Geneva', NULL),
 ('europe', 'place', 'Europe', NULL), ('korean peninsula', 'place', 'Korean Peninsula', NULL),
 ('monday', 'day', 'Monday', NULL), ('tuesday', 'day', 'Tuesday', NULL), ('wednesday', 'day', 'Wednesday', NULL),
 ('thursday', 'day', 'Thursday', NULL), ('friday', 'day', 'Friday', NULL), ('saturday', 'day', 'Saturday', NULL),
 ('sunday', 'day', 'Sunday', NULL),
 ('january', 'month', 'January', NULL), ('february', 'month', 'February', NULL), ('feb', 'month', 'February', NULL),
 ('march', 'month', 'March', NULL), ('april', 'month', 'April', NULL), ('june', 'month', 'June', NULL),
 ('july', 'month', 'July', NULL), ('august', 'month', 'August', NULL), ('september', 'month', 'September', NULL),
 ('october', 'month', 'October', NULL), ('november', 'month', 'November', NULL), ('december', 'month', 'December', NULL),
 ('wheat', 'commodity', 'wheat', 'grain,food'), ('rice', 'commodity', 'rice', 'grain,food'),
 ('corn', 'commodity', 'corn', 'grain,food'), ('maize', 'commodity', 'corn', 'grain,food'),
 ('barley', 'commodity', 'barley', 'grain,food'), ('flour', 'commodity', 'flour', 'food'),
 ('grain', 'commodity', 'grain', 'food'), ('food', 'commodity', 'food', NULL),
 ('soybeans', 'commodity', 'soybeans', 'food'), ('soybean', 'commodity', 'soybeans', 'food'),
 ('potatoes', 'commodity', 'potatoes', 'food'), ('sugar', 'commodity', 'sugar', 'food'), ('meat', 'commodity', 'meat', 'food'),
 ('oil', 'commodity', 'oil', NULL), ('fuel', 'commodity', 'fuel', NULL), ('gas', 'commodity', 'gas', NULL),
 ('coal', 'commodity', 'coal', NULL), ('fertilizer', 'commodity', 'fertilizer', NULL), ('medicine', 'commodity', 'medicine', NULL),
 ('weapons', 'commodity', 'weapons', NULL), ('money', 'commodity', 'money', NULL), ('cash', 'commodity', 'money', NULL),
 ('last month', 'period', 'last month', NULL), ('last week', 'period', 'last week', NULL),
 ('last year', 'period', 'last year', NULL), ('this year', 'period', 'this year', NULL),
 ('next year', 'period', 'next year', NULL), ('this week', 'period', 'this week', NULL),
 ('this summer', 'period', 'this summer', NULL), ('next summer', 'period', 'next summer', NULL),
 ('this winter', 'period', 'this winter', NULL), ('last summer', 'period', 'last summer', NULL),
 ('still', 'period', 'now', NULL), ('now', 'period', 'now', NULL), ('right now', 'period', 'now', NULL),
 ('currently', 'period', 'now', NULL), ('today', 'period', 'now', NULL), ('at the moment', 'period', 'now', NULL),
 ('previously', 'period', 'before', NULL), ('used to', 'period', 'before', NULL),
 ('at one point', 'period', 'before', NULL), ('at the peak', 'period', 'before', NULL), ('at its peak', 'period', 'before', NULL),
 ('at the most', 'period', 'before', NULL), ('at most', 'period', 'before', NULL), ('peak', 'period', 'before', NULL),
 ('max', 'period', 'before', NULL), ('in the past', 'period', 'before', NULL), ('back then', 'period', 'before', NULL),
 ('earlier', 'period', 'before', NULL), ('before', 'period', 'before', NULL), ('originally', 'period', 'before', NULL),
 ('initially', 'period', 'before', NULL), ('nowadays', 'period', 'now', NULL), ('these days', 'period', 'now', NULL),
 ('anymore', 'period', 'now', NULL), ('b4', 'period', 'before', NULL), ('rn', 'period', 'now', NULL);

-- Words users type for the article's words ("workers" for "laborers"): a question word also
-- finds and covers the words it stands for.
CREATE TABLE synonym (
    word  TEXT PRIMARY KEY,   -- as typed, lowercase
    means TEXT NOT NULL       -- the article's words, space-separated
);
INSERT INTO synonym (word, means) VALUES
 ('10x', 'tenfold'),
 ('academic', 'researcher'),
 ('aim', 'goal'),
 ('allies', 'close comradery'),
 ('america', 'u s washington'),
 ('american', 'u s washington'),
 ('americans', 'u s washington'),
 ('angry', 'frustrations'),
 ('annoyed', 'frustrations'),
 ('assist', 'oblige'),
 ('author', 'writer'),
 ('beginning', 'foundation'),
 ('beginnings', 'foundation'),
 ('beijing', 'china'),
 ('besties', 'close comradery'),
 ('booted', 'kicked out'),
 ('bring', 'revenue'),
 ('businesspeople', 'businessmen'),
 ('cash', 'revenue dollars'),
 ('chinese', 'china'),
 ('collapsed', 'breakdown failure'),
 ('companies', 'businessmen'),
 ('comrades', 'comradery'),
 ('corn', 'wheat'),
 ('dad', 'father'),
 ('deadline', 'end year'),
 ('deadlock', 'impasse'),
 ('delay', 'late'),
 ('delayed', 'late'),
 ('deliver', 'shipped'),
 ('delivered', 'shipped'),
 ('denuke', 'denuclearization'),
 ('deport', 'kicked out'),
 ('deported', 'kicked out'),
 ('disarm', 'denuclearization'),
 ('disarmament', 'denuclearization'),
 ('dprk', 'north korea'),
 ('earn', 'revenue'),
 ('earnings', 'revenue'),
 ('economic', 'economy'),
 ('employees', 'laborers'),
 ('expel', 'kicked out'),
 ('expelled', 'kicked out'),
 ('expert', 'researcher'),
 ('fail', 'failure'),
 ('failed', 'failure breakdown'),
 ('famine', 'food shortage'),
 ('flop', 'failure'),
 ('flopped', 'failure breakdown'),
 ('forestry', 'logging'),
 ('founded', 'foundation'),
 ('founding', 'foundation'),
 ('friendly', 'close'),
 ('friends', 'close comradery'),
 ('frustrated', 'frustrations'),
 ('gas', 'pipelines'),
 ('gave', 'shipped'),
 ('generate', 'revenue'),
 ('give', 'provide'),
 ('grain', 'wheat'),
 ('granddad', 'grandfather'),
 ('grandpa', 'grandfather'),
 ('harbor', 'port'),
 ('harbour', 'port'),
 ('headlined', 'headline'),
 ('help', 'aid oblige'),
 ('hunger', 'food shortage'),
 ('hungry', 'food shortage'),
 ('image', 'photo'),
 ('income', 'revenue'),
 ('investors', 'businessmen'),
 ('isolated', 'isolation'),
 ('journalist', 'writer'),
 ('kick', 'kicked'),
 ('kremlin', 'russia'),
 ('laborer', 'laborers'),
 ('labourer', 'laborers'),
 ('labourers', 'laborers'),
 ('leave', 'kicked out'),
 ('lumber', 'logging'),
 ('meet', 'meeting'),
 ('meets', 'meeting'),
 ('money', 'revenue dollars'),
 ('moscow', 'russia'),
 ('nk', 'north korea'),
 ('norks', 'north korea'),
 ('nuclear', 'denuclearization'),
 ('nukes', 'denuclearization nuclear'),
 ('paper', 'newspaper'),
 ('penalties', 'sanctions'),
 ('photographer', 'photo'),
 ('photographers', 'photo'),
 ('pic', 'photo'),
 ('pics', 'photo'),
 ('picture', 'photo'),
 ('pipeline', 'pipelines'),
 ('plan', 'goal'),
 ('presence', 'footprint'),
 ('projects', 'project'),
 ('pyongyang', 'north korea'),
 ('rail', 'railroads'),
 ('railway', 'railroads'),
 ('railways', 'railroads'),
 ('rebuilt', 'rebuild'),
 ('reconstruct', 'rebuild'),
 ('reporter', 'writer'),
 ('rice', 'wheat'),
 ('roads', 'infrastructure'),
 ('russian', 'russia'),
 ('russians', 'russia'),
 ('sanction', 'sanctions'),
 ('scholar', 'researcher'),
 ('send', 'shipped'),
 ('sent', 'shipped'),
 ('seoul', 'south korea'),
 ('ship', 'shipped'),
 ('sitdown', 'meeting'),
 ('south', 'south korea'),
 ('soviets', 'soviet'),
 ('stalled', 'impasse'),
 ('starving', 'food shortage'),
 ('stuck', 'impasse'),
 ('summit', 'meeting'),
 ('support', 'aid'),
 ('talks', 'meeting'),
 ('target', 'goal'),
 ('tenfold', 'ten'),
 ('timber', 'logging'),
 ('title', 'headline'),
 ('trains', 'railroads'),
 ('us', 'u s washington'),
 ('usa', 'u s washington'),
 ('ussr', 'soviet'),
 ('wants', 'want'),
 ('worker', 'laborers'),
 ('workers', 'laborers'), ('main', 'primary'), ('top', 'primary'), ('biggest', 'primary'), ('chief', 'primary');

-- Reply wording that is not a fact of the article: the answer's frame and the refusals.
UPDATE fact SET value = 'Sorry, the AP report on the Kim-Putin summit doesn''t answer that.'
 WHERE key = 'bot.unknown' AND value = 'Sorry, I only know what the AP report on the Kim-Putin summit says, and it doesn''t answer that.';
UPDATE reply_template SET template = '{bot.unknown} Send {door.topics} to see what I can answer.'
 WHERE name = 'out_of_scope' AND template = '{bot.unknown} You can ask about: {topics.list}.';
DELETE FROM reply_template WHERE name IN ('participants', 'location', 'date', 'kim_goals', 'laborers', 'food_aid',
 'sanctions', 'economy', 'china', 'south_korea', 'trade_target', 'russia_projects', 'why_now', 'hanoi_summit',
 'putin_outlook', 'putin_history', 'history', 'source');
INSERT INTO reply_template (name, intent, template) VALUES
 ('answer.yes', 'answer', 'Yes. {answer.text}'),
 ('answer.no', 'answer', 'No. {answer.text}'),
 ('answer.nothing', 'answer', '{bot.unknown}'),
 ('answer.doesnt_say', 'answer', 'The article doesn''t say. What it does say: {answer.text}'),
 ('answer.too_long', 'answer', 'That message is too long for me: please ask a shorter question (up to {question.limit} characters).'),
 ('answer.empty', 'answer', 'Please type a question about the Kim-Putin summit, for example "Where is the summit?"'),
 ('answer.not_english', 'answer', 'Sorry, I can only read questions in English. Send {door.topics} to see what I can answer.'),
 ('answer.no_words', 'answer', 'I can only answer questions written in words. Send {door.topics} to see what I can answer.');

-- Word search over every fact's text and its unit's example questions (Porter stems: "shipped"
-- finds "ship"), kept in step with fact and answer_unit by triggers.
CREATE VIRTUAL TABLE unit_fts USING fts5(key UNINDEXED, intent UNINDEXED, text, examples,
    tokenize = 'porter unicode61');
INSERT INTO unit_fts (key, intent, text, examples)
    SELECT f.key, f.intent, f.value, COALESCE(u.examples, '') FROM fact f LEFT JOIN answer_unit u ON u.key = f.key;
CREATE TRIGGER fact_unit_ai AFTER INSERT ON fact BEGIN
    INSERT INTO unit_fts (key, intent, text, examples)
        VALUES (new.key, new.intent, new.value, COALESCE((SELECT examples FROM answer_unit WHERE key = new.key), ''));
END;
CREATE TRIGGER fact_unit_au AFTER UPDATE OF value ON fact BEGIN
    UPDATE unit_fts SET text = new.value WHERE key = new.key;
END;
CREATE TRIGGER fact_unit_ad AFTER DELETE ON fact BEGIN
    DELETE FROM unit_fts WHERE key = old.key;
END;
CREATE TRIGGER answer_unit_ai AFTER INSERT ON answer_unit BEGIN
    UPDATE unit_fts SET examples = new.examples WHERE key = new.key;
END;
CREATE TRIGGER answer_unit_au AFTER UPDATE OF examples ON answer_unit BEGIN
    UPDATE unit_fts SET examples = new.examples WHERE key = new.key;
END;

-- The Telegram door's own prompts.
INSERT INTO reply_template (name, intent, template) VALUES
 ('telegram.not_text', 'telegram', 'I can only read text questions. Please type your question.'),
 ('telegram.pick_topic', 'telegram', 'Pick a topic, or type a question in your own words.'),
 ('telegram.slow_down', 'telegram', 'You''re sending messages faster than I can answer, so I''m skipping some. Please slow down and send one question at a time.'),
 ('telegram.unknown_command', 'telegram', 'I don''t know the command /{command.name}. Try /help, /topics or /source, or just ask a question.');

-- Bumped whenever a fact or an answer unit changes, so readers keep a copy of the units and notice
-- any process's edit (the bot's or an admin's at the shell) with one cheap query.
CREATE TABLE unit_revision (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL
);
INSERT INTO unit_revision (id, revision) VALUES (1, 0);
CREATE TRIGGER fact_revision_ai AFTER INSERT ON fact BEGIN UPDATE unit_revision SET revision = revision + 1; END;
CREATE TRIGGER fact_revision_au AFTER UPDATE ON fact BEGIN UPDATE unit_revision SET revision = revision + 1; END;
CREATE TRIGGER fact_revision_ad AFTER DELETE ON fact BEGIN UPDATE unit_revision SET revision = revision + 1; END;
CREATE TRIGGER answer_unit_revision_ai AFTER INSERT ON answer_unit BEGIN UPDATE unit_revision SET revision = revision + 1; END;
CREATE TRIGGER answer_unit_revision_au AFTER UPDATE ON answer_unit BEGIN UPDATE unit_revision SET revision = revision + 1; END;
CREATE TRIGGER answer_unit_revision_ad AFTER DELETE ON answer_unit BEGIN UPDATE unit_revision SET revision = revision + 1; END;
