// Included ({{> fragments/entity-by-reference}}) where a statement takes a reference: `ref`
// ({text, query}) → `entity`, the entity it names, or null. An id wins (an area's id is its
// official code), then an exact name or a written form (found through the full-text index on
// aliasText, since scanning every alias list of a national gazetteer is too slow). Namesakes
// abound (the gazetteer has several 上坝村): among them the one the documents mention most wins,
// then an official name over a written form. `ref.query` is the text as a Lucene phrase on the
// aliasText field. Names are looked at only when no id matches, and the index only when no name
// does either: most references are ids or codes (a path between two villages), which then cost
// one index seek.
CALL (ref) {
  OPTIONAL MATCH (byId:Entity {id: ref.text})
  CALL (ref, byId) {
    WITH ref WHERE byId IS NULL
    CALL (ref) {
      MATCH (n:Entity {name: ref.text}) RETURN n, 0 AS written
      UNION
      WITH ref WHERE NOT EXISTS { (:Entity {name: ref.text}) }
      CALL db.index.fulltext.queryNodes('entity_names', ref.query) YIELD node
      WITH node LIMIT 200
      WHERE ref.text IN node.aliases
      RETURN node AS n, 1 AS written
    }
    WITH n, min(written) AS written
    ORDER BY size(coalesce(n.sources, [])) DESC, written, n.id
    RETURN collect(n)[0] AS byName
  }
  RETURN coalesce(byId, byName) AS entity
}
