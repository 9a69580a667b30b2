-- "did Moscow help put Kim's grandfather in power?", "did the Russians help put him in charge?":
-- Moscow "played an instrumental role in bringing" him to power, in the readers' words.
INSERT OR IGNORE INTO synonym (word, means) VALUES ('put', 'bringing'), ('charge', 'power');
UPDATE synonym SET means = means || ' instrumental' WHERE word IN ('help', 'helped') AND means NOT LIKE '%instrumental%';
