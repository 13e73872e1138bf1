UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d {.*, text: CASE WHEN $withText THEN d.text ELSE null END} AS document
