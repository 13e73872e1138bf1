// Money (万元) each Shanghai district gave: the aid flows (fragments/aid-flow) of the district and
// of the bodies that belong to it or lie in it (agencies, townships, their villages), each
// relationship counted once, split into shares (fragments/aid-flow-share). Read from the flows up
// to their district (down from a district would visit its thousands of towns and villages);
// districts that gave nothing have 0.
CALL () {
  MATCH (funder:Entity)-[r:FUNDS|INVESTS_IN|DONATES_TO]->(target:Entity)
  WHERE
  {{> fragments/aid-flow}}
  MATCH (funder)-[:BELONGS_TO|PART_OF]->{0,2}(d:District)
  WITH DISTINCT d, funder, r, target
  WITH d, r,
  {{> fragments/aid-flow-share}}
  AS share
  WITH d,
  {{> fragments/aid-flow-sums}}
  RETURN collect({district: d.id, amountWan: amountWan, relations: relations, plannedWan: plannedWan,
                  withinLargerTotalsWan: withinLargerTotalsWan, sourceLists: sourceLists}) AS gave
}
MATCH (d:District)
WITH d, head([row IN gave WHERE row.district = d.id]) AS row
WITH d, coalesce(row.amountWan, 0) AS amountWan, coalesce(row.relations, 0) AS relations,
     coalesce(row.plannedWan, 0) AS plannedWan, coalesce(row.withinLargerTotalsWan, 0) AS withinLargerTotalsWan,
     reduce(acc = [], list IN coalesce(row.sourceLists, []) | acc + [s IN list WHERE NOT s IN acc]) AS sources
RETURN d {.*, labels: labels(d)} AS area, amountWan, relations, plannedWan, withinLargerTotalsWan, sources
ORDER BY amountWan DESC, d.id
LIMIT $limit
