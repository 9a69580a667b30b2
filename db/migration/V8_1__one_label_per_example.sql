-- "medvedev?" was an example question of two units: Medvedev's description (person) and his 2011
-- meeting with Kim Jong Il (putin_history). A bare name asks who someone is, as for every other
-- person ("putin?", "xi jinping?"), so it stays with the person; the meeting gets the follow-up
-- "medvedev too?" (after "has putin met kim's father?") in its place. Found by summit-bot data
-- validate: no question may have two labels.
UPDATE answer_unit
   SET examples = trim(replace(char(10) || examples || char(10), char(10) || 'medvedev?' || char(10),
                               char(10) || 'medvedev too?' || char(10)), char(10))
 WHERE key = 'putin_history.medvedev';
