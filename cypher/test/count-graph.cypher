// Tests only: sizes that must not change when a document is ingested again.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (n) WHERE n.evidence IS NOT NULL RETURN sum(size(n.evidence)) AS nodeEvidence }
CALL () { MATCH ()-[r]->() WHERE r.evidence IS NOT NULL RETURN sum(size(r.evidence)) AS relationshipEvidence }
RETURN nodes, relationships, nodeEvidence, relationshipEvidence
