// Every index entry is paid for on each of the ~665k gazetteer areas (most of the load's time).
// An area's code is its id, so entity_id already finds and guards it: the code constraints of the
// levels no query looks up by code, and area_code, only duplicated it. Province (Province {code})
// and District keep theirs; they are small. No plan used entity_name_text or entity_province:
// list-entities filters `$x IS NULL OR …`, which rules out an index, and scans its label instead.
DROP CONSTRAINT village_code IF EXISTS;
DROP CONSTRAINT township_code IF EXISTS;
DROP CONSTRAINT county_code IF EXISTS;
DROP CONSTRAINT prefecture_code IF EXISTS;
DROP INDEX area_code IF EXISTS;
DROP INDEX entity_name_text IF EXISTS;
DROP INDEX entity_province IF EXISTS;
