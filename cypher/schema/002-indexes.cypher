// Lookups the API makes: by name, by name fragment, by province, pairings by mode.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_province IF NOT EXISTS FOR (n:Entity) ON (n.provinceCode);
CREATE INDEX area_code IF NOT EXISTS FOR (n:Area) ON (n.code);
CREATE INDEX pairs_with_mode IF NOT EXISTS FOR ()-[r:PAIRS_WITH]-() ON (r.mode);
CREATE INDEX observation_metric IF NOT EXISTS FOR (n:Observation) ON (n.metric);
CREATE INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title);
