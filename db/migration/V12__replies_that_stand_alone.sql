-- A reply is read on its own, often long after the question scrolled away, so a unit that opened
-- with a pronoun ("It was shipped to ...", "Those ties fell apart ...") now names what it is
-- about, in words from its own paragraph. A yes/no check also needs those words: "did the wheat
-- go to Chongjin?" is confirmed by a reply that says wheat. A value an admin has changed is left alone.
UPDATE fact SET value = 'The wheat was shipped to the North Korean port of Chongjin.'
 WHERE key = 'food_aid.port' AND value = 'It was shipped to the North Korean port of Chongjin.';
UPDATE fact SET value = 'Russia announced that it had shipped more than 2,000 tons of wheat to the North.'
 WHERE key = 'food_aid.shipment' AND value = 'Russia announced that it had shipped more than 2,000 tons of wheat.';
UPDATE fact SET value = 'The laborers are being kicked out as a 2017 U.N. sanctions resolution takes effect.'
 WHERE key = 'laborers.resolution' AND value = 'They are being kicked out as a 2017 U.N. sanctions resolution takes effect.';
UPDATE fact SET value = 'North Korea''s reliance on China, and the influence it threatens to give Beijing, makes many officials in Pyongyang nervous.'
 WHERE key = 'china.worry' AND value = 'That reliance, and the influence it threatens to give Beijing, makes many officials in Pyongyang nervous.';
UPDATE fact SET value = 'According to internal documents obtained by a South Korean researcher, Kim wants to boost trade with Russia tenfold.'
 WHERE key = 'trade_target.evidence' AND value = 'That comes from internal documents obtained by a South Korean researcher.';
UPDATE fact SET value = 'Denuclearization and the lifting of sanctions may now be even more difficult to accomplish since both sides are digging in on hard-line negotiation positions.'
 WHERE key = 'hanoi_summit.aftermath' AND value = 'Those may now be even more difficult to accomplish since both sides are digging in on hard-line negotiation positions.';
UPDATE fact SET value = 'Ties between Pyongyang and Moscow fell apart after the 1991 Soviet collapse.'
 WHERE key = 'history.collapse' AND value = 'Those ties fell apart after the 1991 Soviet collapse.';
-- "relations between Pyongyang and Moscow" is the article's phrase three paragraphs earlier.
UPDATE answer_unit SET also_paragraphs = '4'
 WHERE key = 'history.collapse' AND also_paragraphs = ''
   AND (SELECT value FROM fact WHERE key = 'history.collapse') = 'Ties between Pyongyang and Moscow fell apart after the 1991 Soviet collapse.';
