// Digits: the entity whose id is that official code (1).
MATCH (n:Entity {id: $code})
WITH n, 1 AS k
{{> fragments/search-ranking}}
