// Tests only.
MATCH (o:Observation) WHERE $documentId IN o.sources
RETURN DISTINCT o.date AS date
