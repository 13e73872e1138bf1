CALL () { MATCH (d:Document) RETURN count(d) AS totalCount }
CALL () {
  MATCH (d:Document)
  WHERE $after IS NULL OR d.id > $after
  WITH d ORDER BY d.id LIMIT $limit
  RETURN collect(d {.*, text: null}) AS documents
}
RETURN totalCount, documents
