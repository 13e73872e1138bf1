// The endpoints $from and $to (references, fragments/entity-by-reference) and the shortest paths
// between them, shortest first, in one round trip: `from`/`to` come back null when a reference
// names nothing, and paths are searched only between two distinct entities. SHORTEST walks
// trails, which may pass a node twice; such detours are dropped, so FETCH asks for more than the
// $limit kept when $limit > 1. HOP (allow-listed relationship types and direction), MAX_HOPS and NODE_FILTER
// (excluded labels of the nodes passed through) are fixed fragments built in analysis.repository.ts.
WITH $from AS ref
{{> fragments/entity-by-reference}}
WITH entity AS a, $to AS ref
{{> fragments/entity-by-reference}}
WITH a, entity AS b
CALL (a, b) {
  MATCH p = SHORTEST {{FETCH}} (a) (() {{HOP}} (n) WHERE n = b OR {{NODE_FILTER}}){1,{{MAX_HOPS}}} (b)
  WHERE a <> b AND all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[..i])
  WITH p ORDER BY length(p), [n IN nodes(p) | n.id]
  LIMIT $limit
  RETURN collect({
    nodes: [n IN nodes(p) | n {.*, labels: labels(n)}],
    relationships: [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}]
  }) AS paths
}
RETURN a {.*, labels: labels(a)} AS from, b {.*, labels: labels(b)} AS to, paths
