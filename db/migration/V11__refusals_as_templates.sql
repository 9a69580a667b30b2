-- The commands' refusals and prompts are reply templates like every other sentence the bot
-- says, so an admin can reword them (and a test checks them) without a release.
INSERT INTO reply_template (name, intent, template) VALUES
 ('command.admins_only', 'command', 'That command is for admins.'),
 ('command.private_only', 'command', 'That command works only in a private chat with me.'),
 ('command.usage', 'command', 'Usage: {command.usage}
For example: {command.example}'),
 ('command.reply_needed', 'command', 'Reply to one of my answers with this command, so I know which answer you mean.'),
 ('command.teach_too_long', 'command', 'That question is too long to teach (limit {teach.limit} characters).'),
 ('command.teach_gone', 'command', 'That question is no longer waiting to be taught.');
