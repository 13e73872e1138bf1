// One row per entity. Evidence lists stay aligned (evidenceKeys[i] locates evidence[i]) and
// only grow by keys not yet present, so re-ingesting a document changes nothing. The lists are
// started here, not ON CREATE: the gazetteer's areas have none (upsert-areas).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n.sources = coalesce(n.sources, []), n.evidence = coalesce(n.evidence, []),
    n.evidenceKeys = coalesce(n.evidenceKeys, []), n.aliases = coalesce(n.aliases, [])
SET n:$(row.labels), n.name = row.name, n += row.properties
WITH n, row, [i IN range(0, size(row.evidenceKeys) - 1) WHERE NOT row.evidenceKeys[i] IN n.evidenceKeys] AS fresh
SET n.evidenceKeys = n.evidenceKeys + [i IN fresh | row.evidenceKeys[i]],
    n.evidence = n.evidence + [i IN fresh | row.evidence[i]],
    n.sources = n.sources + [s IN row.sources WHERE NOT s IN n.sources],
    n.aliases = n.aliases + [a IN row.aliases WHERE NOT a IN n.aliases]
SET n.aliasText = reduce(text = '', a IN n.aliases | text + ' ' + a)
// Which of its sentences are photo captions; kept only where there are some.
FOREACH (_ IN CASE WHEN size(row.captionKeys) > 0 THEN [1] ELSE [] END |
  SET n.captionKeys = coalesce(n.captionKeys, []) + [k IN row.captionKeys WHERE NOT k IN coalesce(n.captionKeys, [])])
WITH n AS fact, row
{{> fragments/keep-most-trusted}}
