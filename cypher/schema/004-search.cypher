// Search keys (src/services/search/pinyin-keys.ts). Range indexes make `STARTS WITH` an index
// seek. Besides the index over all entities, every kind above the 620k villages has its own
// small indexes, so a short prefix ("sj", "新") ranks the few thousand towns, counties and
// organisations it fits in full and reads villages only up to a cap; the full syllables are
// checked on those candidates only and need no index.
CREATE INDEX entity_pinyin_initials IF NOT EXISTS FOR (n:Entity) ON (n.pinyinInitials);
CREATE INDEX province_name IF NOT EXISTS FOR (n:Province) ON (n.name);
CREATE INDEX province_pinyin_initials IF NOT EXISTS FOR (n:Province) ON (n.pinyinInitials);
CREATE INDEX prefecture_name IF NOT EXISTS FOR (n:Prefecture) ON (n.name);
CREATE INDEX prefecture_pinyin_initials IF NOT EXISTS FOR (n:Prefecture) ON (n.pinyinInitials);
CREATE INDEX county_name IF NOT EXISTS FOR (n:County) ON (n.name);
CREATE INDEX county_pinyin_initials IF NOT EXISTS FOR (n:County) ON (n.pinyinInitials);
CREATE INDEX township_name IF NOT EXISTS FOR (n:Township) ON (n.name);
CREATE INDEX township_pinyin_initials IF NOT EXISTS FOR (n:Township) ON (n.pinyinInitials);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_pinyin_initials IF NOT EXISTS FOR (n:Organization) ON (n.pinyinInitials);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX project_pinyin_initials IF NOT EXISTS FOR (n:Project) ON (n.pinyinInitials);
