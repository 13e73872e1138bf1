// Included after a search's candidates `n` with the `branch` that found each ({{> fragments/search-ranking}}).
// $ranks gives each branch its rank (src/model/search-matches.ts): the tens are the class (exact,
// prefix, pinyin in whole syllables, abbreviated pinyin, full text), and a node several branches
// find keeps its best. Within a class the entity documents say most about comes first
// (relationships other than PART_OF), then the shorter id (the higher level) and name.
WITH n, min($ranks[branch]) AS rank WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
WITH n, rank, COUNT { (n)--() } - COUNT { (n)-[:PART_OF]-() } AS importance
ORDER BY rank / 10, importance DESC, size(n.id), size(n.name), n.id
LIMIT $limit
RETURN n {.*, labels: labels(n)} AS entity, rank, importance
