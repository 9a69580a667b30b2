-- Words people use for what keeps Kim from improving the economy ("what's stopping him from
-- fixing the economy?"), and the projects unit as the reason they have not happened ("why hasn't
-- the pipeline been built?" -> Putin hasn't shown much interest in carrying them out).
INSERT OR IGNORE INTO synonym (word, means) VALUES
 ('fix', 'improving'),
 ('fixing', 'improving'),
 ('improve', 'improving'),
 ('boost', 'improving'),
 ('stop', 'keeping'),
 ('stopping', 'keeping'),
 ('stops', 'keeping'),
 ('blocking', 'keeping'),
 ('prevent', 'keeping'),
 ('preventing', 'keeping'),
 ('prevents', 'keeping'),
 ('holding', 'keeping');

UPDATE answer_unit SET answer_types = 'description,reason'
 WHERE key = 'russia_projects.putin_interest' AND answer_types = 'description';
