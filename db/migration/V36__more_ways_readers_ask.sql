-- Questions blind readers kept asking in words no example of the right fact was close to: the
-- trade target itself (not where it comes from), what the leaked documents say Kim wants, where
-- things stand on sanctions (not what they do), what all the summitry got Kim, and what Kim
-- announced when he came out of isolation (his plan, not how long ago). Appended: an admin's
-- examples stay.
UPDATE answer_unit SET examples = examples || char(10) || 'what''s the trade target?' || char(10)
    || 'what do the internal documents say kim wants with russia?' || char(10) || 'the target figure?'
    WHERE key = 'trade_target.goal';
UPDATE answer_unit SET examples = examples || char(10) || 'where do things stand with kim getting sanctions lifted?'
    WHERE key = 'sanctions.status';
UPDATE answer_unit SET examples = examples || char(10) || 'did all the summitry pay off for him?'
    WHERE key = 'why_now.serious_player';
UPDATE answer_unit SET examples = examples || char(10)
    || 'what did kim say he would do when he came out of isolation?'
    WHERE key = 'why_now.plan';
