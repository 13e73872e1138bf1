// The review queue looks up facts a person should check (needsReview, set by ingestion where the
// construction that read a fact is trusted less than the threshold): entities by an index, their
// relationships through their types.
CREATE INDEX entity_needs_review IF NOT EXISTS FOR (n:Entity) ON (n.needsReview);
