// The shortest paths from $from to $to, shortest first. SHORTEST walks trails, which may pass a node
// twice; such detours are dropped, so FETCH asks for more than the $limit kept. HOP (allow-
// listed relationship types and direction), MAX_HOPS and NODE_FILTER (excluded labels of the
// nodes passed through) are fixed fragments built in analysis.repository.ts.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST {{FETCH}} (a) (() {{HOP}} (n) WHERE n.id = $to OR {{NODE_FILTER}}){1,{{MAX_HOPS}}} (b)
WITH p
WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[..i])
WITH p ORDER BY length(p), [n IN nodes(p) | n.id]
LIMIT $limit
RETURN [n IN nodes(p) | n {.*, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relationships
