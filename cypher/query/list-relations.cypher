// One page of relationships of the allow-listed $types, filtered (fragments/relation-list-filter),
// keyset-paginated on the relation id (from>to#TYPE#key), with how many there are in all. The
// walk starts from the relationships of those types (a few hundred pairings, not 660k areas):
// the WITH keeps the planner from starting at the nodes when an end's filter is off.
CALL () {
  MATCH ()-[r:$any($types)]->()
  WITH r, startNode(r) AS a, endNode(r) AS b
  WHERE {{> fragments/relation-list-filter}}
  RETURN count(r) AS totalCount
}
CALL () {
  MATCH ()-[r:$any($types)]->()
  WITH r, startNode(r) AS a, endNode(r) AS b
  WHERE {{> fragments/relation-list-filter}}
  WITH r, a.id + '>' + b.id + '#' + type(r) + '#' + r.key AS relationId
  WHERE $after IS NULL OR relationId > $after
  WITH r, relationId ORDER BY relationId LIMIT $limit
  RETURN collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS relations
}
RETURN totalCount, relations
