-- "why did they need it?" after the wheat: the possible food shortage is why the North needs food aid.
UPDATE answer_unit SET answer_types = 'description,date,reason'
 WHERE key = 'food_aid.shortage' AND answer_types = 'description,date';
