// One page of entities of a label, keyset-paginated on the ordering's keys, with the filter's
// total. The label and ordering slots are filled from allow-lists in entity.repository.ts.
OPTIONAL MATCH (p:Province)
  WHERE $province IS NOT NULL AND (p.code = $province OR p.name = $province OR p.name STARTS WITH $province)
WITH collect(p.code) AS provinceCodes
CALL (provinceCodes) {
  MATCH (n:{{LABEL}})
  WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
    AND ($province IS NULL OR n.provinceCode IN provinceCodes)
  RETURN count(n) AS totalCount
}
CALL (provinceCodes) {
  MATCH (n:{{LABEL}})
  WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
    AND ($province IS NULL OR n.provinceCode IN provinceCodes)
    AND ($after IS NULL OR {{AFTER}})
  WITH n ORDER BY {{ORDER_BY}} LIMIT $limit
  RETURN collect(n {.*, labels: labels(n), text: null}) AS nodes
}
RETURN totalCount, nodes
