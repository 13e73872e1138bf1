// The relationship types the graph holds (for the check that the API's enum offers each).
CALL db.relationshipTypes() YIELD relationshipType
RETURN collect(relationshipType) AS types
