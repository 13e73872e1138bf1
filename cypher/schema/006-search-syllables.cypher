// A query that reads as the start of one syllable ("ceng", "xin", "ga") seeks `pinyin` by prefix:
// through the initials it would read every name starting with "c" (3,000 towns and counties, and
// villages until 200 match). Every kind has its own index, villages included, so the seek reads
// only names that do start with those letters.
CREATE INDEX province_pinyin IF NOT EXISTS FOR (n:Province) ON (n.pinyin);
CREATE INDEX prefecture_pinyin IF NOT EXISTS FOR (n:Prefecture) ON (n.pinyin);
CREATE INDEX county_pinyin IF NOT EXISTS FOR (n:County) ON (n.pinyin);
CREATE INDEX township_pinyin IF NOT EXISTS FOR (n:Township) ON (n.pinyin);
CREATE INDEX village_pinyin IF NOT EXISTS FOR (n:Village) ON (n.pinyin);
CREATE INDEX organization_pinyin IF NOT EXISTS FOR (n:Organization) ON (n.pinyin);
CREATE INDEX project_pinyin IF NOT EXISTS FOR (n:Project) ON (n.pinyin);
