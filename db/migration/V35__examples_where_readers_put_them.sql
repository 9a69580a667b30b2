-- Blind readers ask "why now?" for the reason the article gives (Hanoi), and "what went wrong?"
-- for how the Hanoi summit ended: those examples move from the overviews (and the timing) to the
-- facts. Only the one line moves; every other example, an admin's included, stays as it is.
UPDATE answer_unit SET examples = replace(examples, char(10) || 'why now?' || char(10), char(10))
    WHERE key IN ('why_now.summary', 'why_now.timing');
UPDATE answer_unit SET examples = examples || char(10) || 'why now?'
    WHERE key = 'why_now.reason' AND examples NOT LIKE '%why now?%';
UPDATE answer_unit SET examples = replace(examples, char(10) || 'what went wrong at the kim trump meeting?' || char(10), char(10))
    WHERE key = 'hanoi_summit.summary';
UPDATE answer_unit SET examples = examples || char(10) || 'what went wrong at the kim trump meeting?'
    WHERE key = 'hanoi_summit.outcome' AND examples NOT LIKE '%what went wrong%';
