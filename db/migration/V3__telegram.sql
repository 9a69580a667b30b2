-- Telegram: where long polling resumes, and an inbox of the updates received, so that a crash or
-- restart neither loses an update nor answers one twice. Keyed by the bot's id, so a new token
-- for another bot starts afresh.

-- The next getUpdates offset per bot: one more than the highest update_id stored in the inbox.
CREATE TABLE telegram_offset (
    bot_id      INTEGER PRIMARY KEY,
    next_offset INTEGER NOT NULL
);

-- Every update received, written before Telegram is told (by the next offset) to forget it.
-- handled_at is set once the reply went out (or the update was deliberately dropped/ignored);
-- rows still NULL there are answered after a restart.
CREATE TABLE telegram_update (
    bot_id      INTEGER NOT NULL,
    update_id   INTEGER NOT NULL,
    payload     TEXT    NOT NULL,
    received_at TEXT    NOT NULL,
    handled_at  TEXT,
    outcome     TEXT,
    PRIMARY KEY (bot_id, update_id)
);
CREATE INDEX telegram_update_pending ON telegram_update (bot_id, update_id) WHERE handled_at IS NULL;
CREATE INDEX telegram_update_handled ON telegram_update (handled_at) WHERE handled_at IS NOT NULL;
