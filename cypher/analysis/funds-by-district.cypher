// Money (万元) each Shanghai district gave: the aid flows (AID_FLOW, see analysis-dashboard.repository.ts)
// of the district and of the bodies that belong to it or lie in it (agencies, townships, their
// villages), each relationship counted once. Districts that gave nothing have 0.
MATCH (d:District)
CALL (d) {
  MATCH (funder:Entity)-[:BELONGS_TO|PART_OF]->{0,2}(d)
  WITH DISTINCT funder
  MATCH (funder)-[r:FUNDS|INVESTS_IN|DONATES_TO]->(target:Entity)
  WHERE {{AID_FLOW}}
  RETURN sum(r.amountWan) AS amountWan, count(r) AS relations, collect(r.sources) AS sourceLists
}
WITH d, amountWan, relations, reduce(acc = [], list IN sourceLists | acc + [s IN list WHERE NOT s IN acc]) AS sources
RETURN d {.*, labels: labels(d)} AS area, amountWan, relations, sources
ORDER BY amountWan DESC, d.id
LIMIT $limit
