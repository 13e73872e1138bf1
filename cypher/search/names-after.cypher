// One page of entities in id order (keyset on the entity_id constraint's index), with their stored keys.
MATCH (n:Entity)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, n.name AS name, n.pinyin AS pinyin, n.pinyinInitials AS pinyinInitials
