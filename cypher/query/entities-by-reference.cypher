// Each reference → the entity it names, best first: an id (an area's is its code), then an exact
// name or a written form (found through the full-text index on aliasText, since scanning every
// alias list of a national gazetteer is too slow). Namesakes abound (the gazetteer has several
// 上坝村): among them the one the documents mention most wins, then an official name over a
// written form. `query` is the reference as a Lucene phrase on the aliasText field; the index is
// asked only when no id or name matches exactly, which is most lookups.
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Entity {id: ref.text}) RETURN n, 0 AS rank, 0 AS written
  UNION
  MATCH (n:Entity {name: ref.text}) RETURN n, 2 AS rank, 0 AS written
  UNION
  WITH ref WHERE NOT EXISTS { (:Entity {id: ref.text}) } AND NOT EXISTS { (:Entity {name: ref.text}) }
  CALL db.index.fulltext.queryNodes('entity_names', ref.query) YIELD node
  WITH node LIMIT 200
  WHERE ref.text IN node.aliases
  RETURN node AS n, 2 AS rank, 1 AS written
}
WITH ref, n, min(rank) AS rank, min(written) AS written
ORDER BY rank, size(coalesce(n.sources, [])) DESC, written, n.id
WITH ref, collect(n)[0] AS n
RETURN ref.text AS ref, n {.*, labels: labels(n)} AS entity
