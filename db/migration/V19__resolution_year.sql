-- "was the resolution passed in 2015?": the resolution's fact gives its year (2017), so a year is
-- checked against it.
UPDATE answer_unit SET answer_types = answer_types || ',date' WHERE key = 'laborers.resolution'
    AND answer_types NOT LIKE '%date%';
