CALL () {
MATCH (n:Entity) WHERE n.name = $name RETURN n, 0 AS k
UNION
MATCH (n:Entity {id: $code}) RETURN n, 1 AS k
UNION
MATCH (n:Province|Prefecture|County|Township|Organization|Project) WHERE n.name STARTS WITH $name RETURN n, 10 AS k
UNION
CALL () { MATCH (n:Entity&Village) WHERE n.name STARTS WITH $name RETURN n LIMIT 200 }
RETURN n, 10 AS k
UNION
CALL () {
MATCH (n:Province|Prefecture|County|Township|Organization|Project) WHERE n.pinyin STARTS WITH $syllable RETURN n
UNION
MATCH (n:Village) WHERE n.pinyin STARTS WITH $syllable RETURN n LIMIT 200
UNION
UNWIND coalesce($initials, []) AS i
CALL (i) {
MATCH (n:Province|Prefecture|County|Township|Organization|Project) WHERE n.pinyinInitials STARTS WITH i RETURN n
UNION
MATCH (n:Entity&Village) WHERE n.pinyinInitials STARTS WITH i WITH n LIMIT 1000 WHERE n.pinyin =~ $regex RETURN n LIMIT 200
}
RETURN n
}
WITH n WHERE n.pinyin =~ $regex RETURN n, 20 AS k
UNION
WITH $fulltext AS q WHERE q IS NOT NULL
CALL db.index.fulltext.queryNodes('entity_names', q, {limit: 100}) YIELD node AS n
RETURN n, CASE WHEN $name IN n.aliases THEN 2 ELSE 30 END AS k
}
WITH n, min(k) AS k WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
WITH n, k, COUNT { (n)--() } - COUNT { (n)-[:PART_OF]-() } AS importance
ORDER BY k / 10, importance DESC, size(n.id), size(n.name), n.id
LIMIT $limit
RETURN n {.*, labels: labels(n)} AS entity, k AS kind, importance
