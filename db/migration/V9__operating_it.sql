-- What Telegram shows of the bot before anyone writes to it: the description in an empty chat
-- ("What can this bot do?", at most 512 characters) and the short one on its profile and in
-- shared links (at most 120). Published at every start.
INSERT INTO reply_template (name, intent, template) VALUES
 ('telegram.description', 'telegram', '{bot.intro} Ask me about it in your own words, or press Start to see the topics.'),
 ('telegram.short_description', 'telegram', 'Answers questions about the AP report on the first Kim-Putin summit.');

-- The hint for an unknown command lists the users' commands from the bot's command registry,
-- instead of naming them a second time here (a template an admin changed is left alone).
UPDATE reply_template SET template = 'I don''t know the command /{command.name}. Try {commands.list}, or just ask a question.'
 WHERE name = 'telegram.unknown_command'
   AND template = 'I don''t know the command /{command.name}. Try /help, /topics or /source, or just ask a question.';

-- One row the health check (GET /healthz) rewrites to prove that the database takes writes.
CREATE TABLE health_probe (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at TEXT NOT NULL
);
INSERT INTO health_probe (id, checked_at) VALUES (1, '');
