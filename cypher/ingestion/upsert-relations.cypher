// One row per relationship; `key` tells apart two relationships of one type between the same
// nodes (two pairing modes, two funding periods). Types come from the RelationType allow-list.
// The lists are started here, not ON CREATE: the gazetteer's PART_OF links have none.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r.sources = coalesce(r.sources, []), r.evidence = coalesce(r.evidence, []), r.evidenceKeys = coalesce(r.evidenceKeys, [])
SET r += row.properties
WITH r, row, [i IN range(0, size(row.evidenceKeys) - 1) WHERE NOT row.evidenceKeys[i] IN r.evidenceKeys] AS fresh
SET r.evidenceKeys = r.evidenceKeys + [i IN fresh | row.evidenceKeys[i]],
    r.evidence = r.evidence + [i IN fresh | row.evidence[i]],
    r.sources = r.sources + [s IN row.sources WHERE NOT s IN r.sources]
FOREACH (_ IN CASE WHEN size(row.captionKeys) > 0 THEN [1] ELSE [] END |
  SET r.captionKeys = coalesce(r.captionKeys, []) + [k IN row.captionKeys WHERE NOT k IN coalesce(r.captionKeys, [])])
WITH r AS fact, row
{{> fragments/keep-most-trusted}}
