// What each Shanghai district is paired with (PAIRS_WITH from the district or from bodies that
// belong to it or lie in it), counted by kind; a counterpart paired twice counts once. Read from
// the pairings up to their district (down from a district would visit its thousands of towns and
// villages); districts with none count 0. Only pairings in the client's scope
// (fragments/fact-in-scope), and with $ownOnly only the district's own.
CALL () {
  MATCH (helper:Entity)-[r:PAIRS_WITH]->(target:Entity)
  WHERE {{> fragments/fact-in-scope}}
  MATCH (helper)-[:BELONGS_TO|PART_OF]->{0,2}(d:District)
  WHERE NOT $ownOnly OR helper = d
  WITH DISTINCT d, r, target
  WITH d, collect(DISTINCT target) AS targets, collect(r.sources) AS sourceLists
  RETURN collect({district: d.id, targets: targets, sourceLists: sourceLists}) AS paired
}
MATCH (d:District)
WITH d, head([row IN paired WHERE row.district = d.id]) AS row
WITH d, coalesce(row.targets, []) AS targets, coalesce(row.sourceLists, []) AS sourceLists
RETURN d {.*, labels: labels(d)} AS district,
       size([t IN targets WHERE t:Prefecture]) AS prefectures,
       size([t IN targets WHERE t:County AND NOT t:District]) AS counties,
       size([t IN targets WHERE t:Township]) AS townships,
       size([t IN targets WHERE t:Village]) AS villages,
       size([t IN targets WHERE t:School]) AS schools,
       size([t IN targets WHERE t:Hospital]) AS hospitals,
       size([t IN targets WHERE t:Enterprise]) AS enterprises,
       size(targets) AS total,
       reduce(acc = [], list IN sourceLists | acc + [s IN list WHERE NOT s IN acc]) AS sources
ORDER BY total DESC, d.id
