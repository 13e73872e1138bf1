// Every entity each reference may name, for the one reference resolver
// (src/services/references/entity-references.ts), which decides among them. A reference is
// {key, text, query, areaIds, within}: `text` as the client wrote it, `query` the same text as a
// Lucene phrase on the full-text index's aliasText field (scanning every alias list of a national
// gazetteer is too slow), `areaIds` the gazetteer's reading of it (short forms such as 奉贤 or
// 果洛州, composite forms such as 务川县上坝村), `within` the id of an area the client narrowed
// it to, or null. An id that matches wins outright; otherwise candidates are the entities whose
// official name or a written form is the text, and the gazetteer's areas, inside `within` when
// given (an area by its code's prefix, an organisation or project by the area it belongs to or
// lies in). At most $limit candidates come back, those the documents mention most first, with
// `total` telling how many there were and each one's enclosing areas to tell namesakes apart.
UNWIND $refs AS ref
OPTIONAL MATCH (byId:Entity {id: ref.text})
CALL (ref, byId) {
  WITH ref WHERE byId IS NULL
  CALL (ref) {
    MATCH (n:Entity {name: ref.text}) RETURN n
    UNION
    CALL db.index.fulltext.queryNodes('entity_names', ref.query) YIELD node
    WITH node LIMIT 500
    WHERE ref.text IN node.aliases
    RETURN node AS n
    UNION
    UNWIND ref.areaIds AS areaId
    MATCH (n:Entity {id: areaId}) RETURN n
  }
  WITH ref, n
  WHERE ref.within IS NULL
     OR (n:Area AND n.id STARTS WITH ref.within AND n.id <> ref.within)
     OR EXISTS { (n)-[:BELONGS_TO|LOCATED_IN]->{1,2}(place:Area) WHERE place.id STARTS WITH ref.within }
  WITH n ORDER BY size(coalesce(n.sources, [])) DESC, n.id
  WITH collect(n) AS found
  RETURN size(found) AS total, found[..$limit] AS candidates
}
RETURN ref.key AS key,
       byId {.*, labels: labels(byId)} AS byId,
       coalesce(total, 0) AS total,
       [n IN coalesce(candidates, []) | {
         entity: n {.*, labels: labels(n)},
         within: COLLECT {
           MATCH (n)-[:PART_OF|BELONGS_TO|LOCATED_IN]->{1,5}(place:Area)
           WITH DISTINCT place ORDER BY size(place.id)
           RETURN place.name
         }
       }] AS candidates
