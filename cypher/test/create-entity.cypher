// Tests only.
CREATE (n:Entity {id: $id, name: $name})
SET n:$($labels)
