// The shortest paths between the entities of ids $from and $to, shortest first. SELECTOR is
// `SHORTEST k` or `ALL SHORTEST` (every path of the minimum length, nothing longer). SHORTEST k
// walks trails, which may pass a node twice; such detours are dropped, so it asks for more than
// the $limit kept when $limit > 1. HOP (allow-listed relationship types and direction), MAX_HOPS
// and NODE_FILTER (excluded labels of the nodes passed through) are fixed fragments built in
// analysis.repository.ts; $excludeIds are entities a path may not pass through, and each step
// lies in the client's scope (fragments/step-in-scope).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CALL (a, b) {
  MATCH p = {{SELECTOR}} (a) (() {{HOP}} (n) WHERE (n = b OR ({{NODE_FILTER}} AND NOT n.id IN $excludeIds)) AND {{> fragments/step-in-scope}}){1,{{MAX_HOPS}}} (b)
  WHERE a <> b AND all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[..i])
  WITH p ORDER BY length(p), [n IN nodes(p) | n.id]
  LIMIT $limit
  RETURN collect({
    nodes: [n IN nodes(p) | n {.*, labels: labels(n)}],
    relationships: [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}]
  }) AS paths
}
RETURN paths
