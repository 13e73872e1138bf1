// Included ({{> fragments/entity-by-reference}}) where a statement takes a reference: `ref`
// ({text, query}) → `entity`, the entity it names, or null. An id wins (an area's id is its
// official code), then an exact name or a written form (found through the full-text index on
// aliasText, since scanning every alias list of a national gazetteer is too slow). Namesakes
// abound (the gazetteer has several 上坝村): among them the one the documents mention most wins,
// then an official name over a written form. `ref.query` is the text as a Lucene phrase on the
// aliasText field; the index is asked only when no id or name matches exactly, which is most lookups.
CALL (ref) {
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
  WITH n, min(rank) AS rank, min(written) AS written
  ORDER BY rank, size(coalesce(n.sources, [])) DESC, written, n.id
  RETURN collect(n)[0] AS entity
}
