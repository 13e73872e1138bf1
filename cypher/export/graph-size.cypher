// How many entities and relationships of the allow-listed $types between them a whole-graph
// export writes (for its progress line).
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE type(r) IN $types
  RETURN count(r) AS edges
}
RETURN nodes, edges
