// One page of PAIRS_WITH relationships, keyset-paginated on the pairing id (helper>helped#mode).
OPTIONAL MATCH (p:Province)
  WHERE $province IS NOT NULL AND (p.code = $province OR p.name = $province OR p.name STARTS WITH $province)
WITH collect(p.code) AS provinceCodes
CALL (provinceCodes) {
  MATCH (a:Entity)-[r:PAIRS_WITH]->(b:Entity)
  WHERE ($mode IS NULL OR r.mode = $mode)
    AND ($helper IS NULL OR a.id = $helper OR a.name = $helper)
    AND ($helped IS NULL OR b.id = $helped OR b.name = $helped)
    AND ($province IS NULL OR b.provinceCode IN provinceCodes)
  RETURN count(r) AS totalCount
}
CALL (provinceCodes) {
  MATCH (a:Entity)-[r:PAIRS_WITH]->(b:Entity)
  WHERE ($mode IS NULL OR r.mode = $mode)
    AND ($helper IS NULL OR a.id = $helper OR a.name = $helper)
    AND ($helped IS NULL OR b.id = $helped OR b.name = $helped)
    AND ($province IS NULL OR b.provinceCode IN provinceCodes)
  WITH r, a.id + '>' + b.id + '#' + r.mode AS pairingId
  WHERE $after IS NULL OR pairingId > $after
  WITH r, pairingId ORDER BY pairingId LIMIT $limit
  RETURN collect(r {.*, type: 'PAIRS_WITH', from: startNode(r).id, to: endNode(r).id}) AS relations
}
RETURN totalCount, relations
