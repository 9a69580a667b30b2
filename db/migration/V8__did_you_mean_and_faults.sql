-- "Did you mean ...?": when the bot is torn between two topics it asks instead of apologising.
-- The topic a user then picks is kept with the question, so an admin can teach it in one tap.
ALTER TABLE unanswered ADD COLUMN chosen_intent TEXT;

INSERT INTO reply_template (name, intent, template) VALUES
 ('answer.clarify', 'answer', 'I''m not sure what you mean. Did you mean {choice.1} or {choice.2}? {door.pick}'),
 ('answer.clarify.pick.terminal', 'answer', 'Type 1 or 2, or ask it another way.'),
 ('answer.clarify.pick.telegram', 'answer', 'Pick one below, or ask it another way.'),
 ('answer.something_else', 'answer', 'OK. Please ask it another way, or send {door.topics} to see what I can answer.'),
 ('telegram.something_else', 'telegram', 'Something else'),
 ('telegram.button_gone', 'telegram', 'Sorry, that button is no longer available.'),
 ('telegram.failed', 'telegram', 'Something went wrong on my side. Please try again in a minute.'),
 ('telegram.teach_button', 'telegram', 'Teach "{question.text}" as {question.intent}');

-- When the last update arrived: after a week without updates Telegram may restart its update ids
-- lower, so the bot then polls without its stored offset (kept here, not with the updates, which
-- are pruned after a week).
ALTER TABLE telegram_offset ADD COLUMN received_at TEXT;

-- How many messages of an update's reply went out: after a crash, a reply of several messages
-- resumes with the next one instead of repeating those already sent.
ALTER TABLE telegram_update ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
