// Helped counties ranked by how many pairings reach them directly (Shanghai districts are helpers,
// not counted).
MATCH (helper:Entity)-[r:PAIRS_WITH]->(c:County)
WHERE NOT c:District
WITH c, count(r) AS pairings, collect(r.sources) AS sourceLists
RETURN c {.*, labels: labels(c)} AS entity, pairings AS value,
       reduce(acc = [], list IN sourceLists | acc + [s IN list WHERE NOT s IN acc]) AS sources
ORDER BY value DESC, c.id
LIMIT $limit
