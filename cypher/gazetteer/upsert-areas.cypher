// One batch of official areas of one level ({{LEVEL}} comes from the AreaLevel allow-list) that
// are in the graph already (documents create the areas they mention; --force). Only official
// properties are SET, so loading again never touches a document's sources, evidence or aliases.
// Those lists are not written here at all: empty lists on 665k areas and their links were a
// quarter of the database's work per area, and every reader takes a missing list as empty.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:Area:{{LEVEL}}, n.name = row.name, n.officialName = row.officialName, n.code = row.id, n.provinceCode = row.provinceCode,
    n.pinyin = row.pinyin, n.pinyinInitials = row.pinyinInitials, n.gazetteer = true
FOREACH (_ IN CASE WHEN row.district THEN [1] ELSE [] END | SET n:District)
WITH n, row
WHERE row.parentCode IS NOT NULL
MATCH (parent:Entity {id: row.parentCode})
MERGE (n)-[r:PART_OF {key: 'official'}]->(parent)
  ON CREATE SET r.official = true
