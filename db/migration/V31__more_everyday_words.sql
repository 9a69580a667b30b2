-- Everyday words for the article's own: "were pipelines ever discussed?" (talked about), "has
-- Russia signaled it will help?" (shown a willingness), "did the U.S. say anything to Seoul?"
-- (warned), "people on the ground" (businessmen), "did it help his standing?" (serious player).
INSERT OR IGNORE INTO synonym (word, means) VALUES
    ('discussed', 'talked'), ('discuss', 'talked'), ('discussing', 'talked'), ('debated', 'talked'),
    ('signaled', 'shown'), ('signalled', 'shown'), ('signal', 'shown'), ('indicated', 'shown'),
    ('said', 'warned'), ('told', 'warned'),
    ('standing', 'serious player'), ('reputation', 'serious player'), ('stature', 'serious player');
