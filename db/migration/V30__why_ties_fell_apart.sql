-- "why did it fall apart?" asks why: Russia's decision to end support, amid its own meltdown. The
-- 1991 collapse says when the ties fell apart, so the question that asks why moves to the reason.
UPDATE answer_unit SET answer_types = 'date' WHERE key = 'history.collapse' AND answer_types = 'date,reason';
UPDATE answer_unit
    SET examples = examples || char(10) || 'why did moscow pyongyang relations fall apart?'
    WHERE key = 'history.end_support'
      AND instr((SELECT examples FROM answer_unit WHERE key = 'history.collapse'),
                'why did moscow pyongyang relations fall apart?') > 0;
UPDATE answer_unit
    SET examples = replace(examples, 'why did moscow pyongyang relations fall apart?' || char(10), '')
    WHERE key = 'history.collapse';
