// Money (万元) each helped province received: aid flows (fragments/aid-flow) into any entity that
// lies in it, split into shares (fragments/aid-flow-share).
MATCH (funder:Entity)-[r:FUNDS|INVESTS_IN|DONATES_TO]->(target:Entity)
WHERE target.provinceCode IS NOT NULL AND
{{> fragments/aid-flow}}
WITH target.provinceCode AS code, r,
{{> fragments/aid-flow-share}}
AS share
WITH code,
{{> fragments/aid-flow-sums}}
MATCH (p:Province {code: code})
RETURN p {.*, labels: labels(p)} AS area, amountWan, relations, plannedWan, withinLargerTotalsWan,
       reduce(acc = [], list IN sourceLists | acc + [s IN list WHERE NOT s IN acc]) AS sources
ORDER BY amountWan DESC, p.code
