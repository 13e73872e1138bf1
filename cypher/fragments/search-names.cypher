// Included in a search's UNION of candidates ({{> fragments/search-names}}): the entity named
// $name exactly, and names starting with it. Every kind above villages ({{FULLY_SEARCHED}}, from
// the model) has its own name index (004-search), so a short prefix ("新") ranks the few thousand
// towns, counties and organisations it fits in full; villages (620k) are read up to a cap.
MATCH (n:Entity) WHERE n.name = $name RETURN n, 'NAME' AS branch
UNION
MATCH (n:{{FULLY_SEARCHED}}) WHERE n.name STARTS WITH $name RETURN n, 'PREFIX' AS branch
UNION
CALL () { MATCH (n:Entity&Village) WHERE n.name STARTS WITH $name RETURN n LIMIT 200 }
RETURN n, 'PREFIX' AS branch
