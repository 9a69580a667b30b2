-- "The AP photos are by Dmitri Lovetsky and Evan Vucci": a first name alone named Medvedev, so the
-- photo credits counted as a fact about him (and "what did Medvedev do?" had two facts to choose
-- from). Only his full name, his surname and his titles name him now.
DELETE FROM person_alias WHERE person_id = 'dmitry_medvedev' AND alias IN ('dmitri', 'dmitry');
