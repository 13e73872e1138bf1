// What a removal keeps so the document can be restored: every stored property but derived ones.
MATCH (d:Document {id: $documentId})
RETURN d {.id, .title, .text, .publisher, .publishedAt, .url, .sourceFile} AS document
