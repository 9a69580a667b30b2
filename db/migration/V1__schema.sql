-- Schema for Summit Bot: the article, the facts replies are built from, people and their
-- aliases, the audit trail of every fact change, and the topics offered to users.

CREATE TABLE article (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    source    TEXT NOT NULL,
    dateline  TEXT NOT NULL,
    published TEXT NOT NULL
);

CREATE TABLE paragraph (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id),
    position   INTEGER NOT NULL,
    section    TEXT,
    body       TEXT NOT NULL,
    UNIQUE (article_id, position)
);

-- External-content FTS5 index over paragraphs, kept in step by triggers.
CREATE VIRTUAL TABLE paragraph_fts USING fts5(body, content='paragraph', content_rowid='id');
CREATE TRIGGER paragraph_ai AFTER INSERT ON paragraph BEGIN
    INSERT INTO paragraph_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER paragraph_ad AFTER DELETE ON paragraph BEGIN
    INSERT INTO paragraph_fts(paragraph_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER paragraph_au AFTER UPDATE ON paragraph BEGIN
    INSERT INTO paragraph_fts(paragraph_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO paragraph_fts(rowid, body) VALUES (new.id, new.body);
END;

CREATE TABLE person (
    id   TEXT PRIMARY KEY,          -- stable slug, e.g. xi_jinping
    name TEXT NOT NULL
);

-- Ways users name a person, stored normalised (lowercase, hyphens as spaces, no apostrophes).
-- relative_of marks kinship aliases ("father") that only hold for one person's family.
CREATE TABLE person_alias (
    alias       TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES person(id),
    relative_of TEXT REFERENCES person(id)
);

-- Bumped whenever people or aliases change, so readers can keep a copy and notice edits
-- made by any process (the bot, or an admin at the shell) with one cheap query.
CREATE TABLE data_revision (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL
);
INSERT INTO data_revision (id, revision) VALUES (1, 0);
CREATE TRIGGER person_ai AFTER INSERT ON person BEGIN UPDATE data_revision SET revision = revision + 1; END;
CREATE TRIGGER person_au AFTER UPDATE ON person BEGIN UPDATE data_revision SET revision = revision + 1; END;
CREATE TRIGGER person_ad AFTER DELETE ON person BEGIN UPDATE data_revision SET revision = revision + 1; END;
CREATE TRIGGER person_alias_ai AFTER INSERT ON person_alias BEGIN UPDATE data_revision SET revision = revision + 1; END;
CREATE TRIGGER person_alias_au AFTER UPDATE ON person_alias BEGIN UPDATE data_revision SET revision = revision + 1; END;
CREATE TRIGGER person_alias_ad AFTER DELETE ON person_alias BEGIN UPDATE data_revision SET revision = revision + 1; END;

-- A fact is a named, editable value that replies are built from.
-- person_id ties per-person facts (who they are, summits with Kim) to their person.
CREATE TABLE fact (
    key          TEXT PRIMARY KEY,
    intent       TEXT NOT NULL,
    value        TEXT NOT NULL,
    paragraph_id INTEGER REFERENCES paragraph(id),
    person_id    TEXT REFERENCES person(id),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by   TEXT NOT NULL DEFAULT 'article'
);
CREATE INDEX fact_intent ON fact(intent);

-- Every change to a fact; old_value is NULL when the fact was added.
-- reverted_by points at the audit row of the undo that reverted this change.
CREATE TABLE fact_audit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    fact_key    TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('add', 'set', 'undo')),
    old_value   TEXT,
    new_value   TEXT,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    reverted_by INTEGER REFERENCES fact_audit(id)
);
CREATE INDEX fact_audit_key ON fact_audit(fact_key, id);

-- How a reply is worded: {fact.key} placeholders are filled from fact at answer time, and
-- {person.*} / {topics.*} from the person and topic tables. An intent may have several named
-- templates (e.g. summit_count and summit_count.which when no leader is named).
CREATE TABLE reply_template (
    name     TEXT PRIMARY KEY,
    intent   TEXT NOT NULL,
    template TEXT NOT NULL
);

-- Topics offered in help, greetings, out-of-scope replies and (on Telegram) the keyboard.
CREATE TABLE topic (
    intent   TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    example  TEXT NOT NULL,
    position INTEGER NOT NULL
);
