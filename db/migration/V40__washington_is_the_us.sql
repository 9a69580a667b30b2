-- "did the US say anything to Seoul?" against "Washington has warned Seoul": the capital stands for
-- its government, as news writes, so Washington lies within the United States.
UPDATE slot_term SET within = 'United States' WHERE term = 'washington' AND within IS NULL;
