MERGE (d:Document {id: $document.id})
SET d += $document, d.ingestedAt = coalesce(d.ingestedAt, datetime())
