// One page of entities of a label, keyset-paginated on the ordering's keys, with the filter's
// total. The label and ordering slots are filled from allow-lists in entity.repository.ts;
// $provinceCode is the code of the province the client named (read by the reference resolver),
// $documents the documents whose mentions the client wants.
CALL () {
  MATCH (n:{{LABEL}})
  WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
    AND ($provinceCode IS NULL OR n.provinceCode = $provinceCode)
    AND ($documents IS NULL OR any(source IN n.sources WHERE source IN $documents))
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:{{LABEL}})
  WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
    AND ($provinceCode IS NULL OR n.provinceCode = $provinceCode)
    AND ($documents IS NULL OR any(source IN n.sources WHERE source IN $documents))
    AND ($after IS NULL OR {{AFTER}})
  WITH n ORDER BY {{ORDER_BY}} LIMIT $limit
  RETURN collect(n {.*, labels: labels(n), text: null}) AS nodes
}
RETURN totalCount, nodes
