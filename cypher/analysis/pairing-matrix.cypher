// District × province: the pairings (PAIRS_WITH from a district or from bodies that belong to it or
// lie in it) whose counterpart lies in the province. Only non-empty cells. Read from the pairings
// up to their district: down from a district would visit its thousands of towns and villages.
// Only pairings in the client's scope (fragments/fact-in-scope), and with $ownOnly only the
// district's own.
MATCH (helper:Entity)-[r:PAIRS_WITH]->(target:Entity)
WHERE target.provinceCode IS NOT NULL AND {{> fragments/fact-in-scope}}
MATCH (helper)-[:BELONGS_TO|PART_OF]->{0,2}(d:District)
WHERE NOT $ownOnly OR helper = d
WITH DISTINCT d, r, target
WITH d, target.provinceCode AS code, count(r) AS pairings, count(DISTINCT target) AS counterparts,
     collect(DISTINCT r.mode) AS modes, collect(r.sources) AS sourceLists
MATCH (p:Province {code: code})
RETURN d {.*, labels: labels(d)} AS district, p {.*, labels: labels(p)} AS province, pairings, counterparts, modes,
       reduce(acc = [], list IN sourceLists | acc + [s IN list WHERE NOT s IN acc]) AS sources
ORDER BY d.id, p.code
