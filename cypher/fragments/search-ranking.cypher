// Included after a search's candidates `n` with their class `k` ({{> fragments/search-ranking}}).
// Tens order the classes (exact 0–2, prefix 10, pinyin 20, full text 30); a node found by several
// branches keeps its best. Within a class the entity documents say most about comes first
// (relationships other than PART_OF), then the shorter id and name.
WITH n, min(k) AS k WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
WITH n, k, COUNT { (n)--() } - COUNT { (n)-[:PART_OF]-() } AS importance
ORDER BY k / 10, importance DESC, size(n.id), size(n.name), n.id
LIMIT $limit
RETURN n {.*, labels: labels(n)} AS entity, k AS kind, importance
