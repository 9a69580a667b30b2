-- The admin commands' own sentences are reply templates too (V11 moved the refusals and usage).
INSERT INTO reply_template (name, intent, template) VALUES
 ('command.unknown_admin', 'command', 'Unknown admin command /{command.name}.'),
 ('command.no_fact_matches', 'command', 'No fact matches "{facts.filter}".'),
 ('command.no_unanswered', 'command', 'No unanswered questions so far.'),
 ('command.teach_started', 'command', 'Learning "{question.text}" as {question.intent}. I''m retraining now and will tell you when the new model is live.'),
 ('command.no_record', 'command', 'I have no record of that message''s answer units: it is not one of my answers from an article fact, or it is more than a week old.'),
 ('command.unknown_intent', 'command', 'Unknown intent {intent.name}. Intents: {intent.list}.');
