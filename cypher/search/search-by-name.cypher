// Text that is not pinyin (Chinese, mostly): exact name, written form (德宏芒市, which the
// full-text index finds and the alias list confirms), prefix, full text: the cjk analyser's
// bigrams match names that contain the text anywhere.
CALL () {
{{> fragments/search-names}}
UNION
CALL db.index.fulltext.queryNodes('entity_names', $fulltext, {limit: 100}) YIELD node AS n
RETURN n, CASE WHEN $name IN n.aliases THEN 'WRITTEN_FORM' ELSE 'FULLTEXT' END AS branch
}
{{> fragments/search-ranking}}
