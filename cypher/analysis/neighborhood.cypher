// The entity of id $center (no row when there is none), the entities within a few hops of it,
// breadth first, at most $limit of them, and the relationships among them, in one round trip. Each hop (HOPS, one fixed block per hop from
// analysis.repository.ts) stops reading once it has $fetch new nodes, so a village whose township
// has 600k children costs $fetch rows, not 600k. TYPES is an allow-listed relationship type
// expression; every relationship followed lies in the client's scope (fragments/step-in-scope).
MATCH (center:Entity {id: $center})
WITH center, [center] AS seen, [center] AS frontier, false AS truncated
{{HOPS}}
CALL (seen) {
  UNWIND seen AS x
  MATCH (x)-[r:{{TYPES}}]->(y)
  WHERE y IN seen AND {{> fragments/step-in-scope}}
  WITH x, r, y LIMIT $edgeFetch
  RETURN collect(r {.key, .mode, type: type(r), from: x.id, to: y.id}) AS edges
}
RETURN [n IN seen | n {.*, labels: labels(n)}] AS nodes, edges, truncated
