// New search keys for the entities whose names read differently now.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.pinyin = row.pinyin, n.pinyinInitials = row.pinyinInitials
