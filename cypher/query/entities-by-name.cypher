// Exact name or a written form (德宏芒市 finds 芒市); official names first.
MATCH (n:Entity)
WHERE n.name = $name OR $name IN n.aliases
RETURN n {.*, labels: labels(n)} AS entity
ORDER BY CASE WHEN n.name = $name THEN 0 ELSE 1 END, size(n.sources) DESC, n.id
LIMIT 20
