UNWIND $rows AS row
MATCH (e:Entity {id: row.subject})
MERGE (o:Observation {id: row.id})
  ON CREATE SET o.sources = [], o.evidence = [], o.evidenceKeys = []
SET o.metric = row.metric, o.value = row.value, o.unit = row.unit, o.date = row.date
MERGE (e)-[:HAS_OBSERVATION]->(o)
WITH o, row, [i IN range(0, size(row.evidenceKeys) - 1) WHERE NOT row.evidenceKeys[i] IN o.evidenceKeys] AS fresh
SET o.evidenceKeys = o.evidenceKeys + [i IN fresh | row.evidenceKeys[i]],
    o.evidence = o.evidence + [i IN fresh | row.evidence[i]],
    o.sources = o.sources + [s IN row.sources WHERE NOT s IN o.sources]
