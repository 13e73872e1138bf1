// Money (万元) each Shanghai district gave: the aid flows (fragments/aid-flow) of the district and
// of the bodies that belong to it or lie in it (agencies, townships, their villages), each
// relationship counted once, split into shares (fragments/aid-flow-share). Districts that gave
// nothing have 0.
MATCH (d:District)
CALL (d) {
  MATCH (funder:Entity)-[:BELONGS_TO|PART_OF]->{0,2}(d)
  WITH DISTINCT funder
  MATCH (funder)-[r:FUNDS|INVESTS_IN|DONATES_TO]->(target:Entity)
  WHERE
  {{> fragments/aid-flow}}
  WITH r,
  {{> fragments/aid-flow-share}}
  AS share
  RETURN
  {{> fragments/aid-flow-sums}}
}
WITH d, amountWan, relations, plannedWan, withinLargerTotalsWan,
     reduce(acc = [], list IN sourceLists | acc + [s IN list WHERE NOT s IN acc]) AS sources
RETURN d {.*, labels: labels(d)} AS area, amountWan, relations, plannedWan, withinLargerTotalsWan, sources
ORDER BY amountWan DESC, d.id
LIMIT $limit
