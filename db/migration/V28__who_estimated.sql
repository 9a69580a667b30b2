-- "who said so?" after the workers' revenue: U.S. officials made the estimate.
UPDATE answer_unit SET answer_types = answer_types || ',person'
    WHERE key = 'laborers.revenue' AND answer_types NOT LIKE '%person%';
