// Facts a person should check, by id (keyset, $after the last id seen), with the filter's total:
// relationships between entities of the facts' types ({{FACT_TYPES}}: not the official hierarchy,
// which no construction reads) and entities, each with the construction that read it.
CALL () {
  MATCH (a:Entity)-[r:{{FACT_TYPES}}]->(b:Entity) WHERE r.needsReview = true
  RETURN a.id + '>' + b.id + '#' + type(r) + '#' + r.key AS id, 'RELATION' AS kind,
         r {.*, type: type(r), from: a.id, to: b.id} AS relation, null AS entity
  UNION ALL
  MATCH (n:Entity) WHERE n.needsReview = true
  RETURN n.id AS id, 'ENTITY' AS kind, null AS relation, n {.*, labels: labels(n)} AS entity
}
WITH id, kind, relation, entity ORDER BY id
WITH collect({id: id, kind: kind, relation: relation, entity: entity}) AS items
RETURN size(items) AS totalCount, [item IN items WHERE $after IS NULL OR item.id > $after][..$limit] AS items
