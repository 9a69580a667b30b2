-- Admins, questions the bot could not answer, and questions admins taught it.

-- Telegram user ids allowed to run admin commands (besides those in SUMMITBOT_ADMINS).
CREATE TABLE admin (
    user_id  INTEGER PRIMARY KEY,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Questions that fell to out-of-scope or low confidence. Never the asker's id or name.
CREATE TABLE unanswered (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    text                 TEXT NOT NULL,
    normalised           TEXT NOT NULL,
    chat_type            TEXT NOT NULL,
    asked_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    best_intent          TEXT NOT NULL,
    confidence           REAL NOT NULL,
    runner_up            TEXT,
    runner_up_confidence REAL
);
CREATE INDEX unanswered_normalised ON unanswered(normalised);

-- Training questions added by admins with /teach; training uses models/training.tsv plus these.
CREATE TABLE taught_question (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    intent    TEXT NOT NULL,
    text      TEXT NOT NULL,
    taught_by TEXT NOT NULL,
    taught_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
