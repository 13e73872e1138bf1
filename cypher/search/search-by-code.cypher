// Digits: the entity whose id is that official code.
MATCH (n:Entity {id: $code})
WITH n, 'CODE' AS branch
{{> fragments/search-ranking}}
