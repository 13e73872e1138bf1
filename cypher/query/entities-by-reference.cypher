// Each reference ({text, query}) → the entity it names, or null (fragments/entity-by-reference).
UNWIND $refs AS ref
{{> fragments/entity-by-reference}}
RETURN ref.text AS ref, entity {.*, labels: labels(entity)} AS entity
