// What each Shanghai district is paired with (PAIRS_WITH from the district or from bodies that
// belong to it or lie in it), counted by kind; a counterpart paired twice counts once.
MATCH (d:District)
CALL (d) {
  MATCH (helper:Entity)-[:BELONGS_TO|PART_OF]->{0,2}(d)
  WITH DISTINCT helper
  MATCH (helper)-[r:PAIRS_WITH]->(target:Entity)
  RETURN collect(DISTINCT target) AS targets, collect(r.sources) AS sourceLists
}
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
