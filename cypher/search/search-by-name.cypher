// Text that is not pinyin (Chinese, mostly): exact name (0), written form (2, 德宏芒市, which
// the full-text index finds and the alias list confirms), prefix (10), full text (30): the cjk
// analyser's bigrams match names that contain the text anywhere.
CALL () {
{{> fragments/search-names}}
UNION
CALL db.index.fulltext.queryNodes('entity_names', $fulltext, {limit: 100}) YIELD node AS n
RETURN n, CASE WHEN $name IN n.aliases THEN 2 ELSE 30 END AS k
}
{{> fragments/search-ranking}}
