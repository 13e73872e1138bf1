// Included in a search's UNION of candidates ({{> fragments/search-names}}): the entity named
// $name exactly (0), and names starting with it (10). Every kind above villages has its own name
// index (004-search), so a short prefix ("新") ranks the few thousand towns, counties and
// organisations it fits in full; villages (620k) are read up to a cap.
MATCH (n:Entity) WHERE n.name = $name RETURN n, 0 AS k
UNION
MATCH (n:Province|Prefecture|County|Township|Organization|Project) WHERE n.name STARTS WITH $name RETURN n, 10 AS k
UNION
CALL () { MATCH (n:Entity&Village) WHERE n.name STARTS WITH $name RETURN n LIMIT 200 }
RETURN n, 10 AS k
