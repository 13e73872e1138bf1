// The entities within a few hops of $id, breadth first, at most $limit of them, and the
// relationships among them. Each hop (HOPS, one fixed block per hop from analysis.repository.ts)
// stops reading once it has $fetch new nodes, so a village whose township has 600k children costs
// $fetch rows, not 600k. TYPES is an allow-listed relationship type expression.
MATCH (center:Entity {id: $id})
WITH center, [center] AS seen, [center] AS frontier, false AS truncated
{{HOPS}}
CALL (seen) {
  UNWIND seen AS x
  MATCH (x)-[r:{{TYPES}}]->(y)
  WHERE y IN seen
  WITH x, r, y LIMIT $edgeFetch
  RETURN collect(r {.key, .mode, type: type(r), from: x.id, to: y.id}) AS edges
}
RETURN [n IN seen | n {.*, labels: labels(n)}] AS nodes, edges, truncated
