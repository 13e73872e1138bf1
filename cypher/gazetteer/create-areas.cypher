// One batch of official areas that the same transaction found absent (gazetteer/existing-ids):
// CREATE spares the MERGE's locking look-ups, a tenth of a fresh load. What it writes is what
// upsert-areas writes for a new area.
UNWIND $rows AS row
CREATE (n:Entity:Area:{{LEVEL}} {id: row.id, name: row.name, officialName: row.officialName, code: row.id,
        provinceCode: row.provinceCode, pinyin: row.pinyin, pinyinInitials: row.pinyinInitials, gazetteer: true})
FOREACH (_ IN CASE WHEN row.district THEN [1] ELSE [] END | SET n:District)
WITH n, row
WHERE row.parentCode IS NOT NULL
MATCH (parent:Entity {id: row.parentCode})
CREATE (n)-[:PART_OF {key: 'official', official: true}]->(parent)
