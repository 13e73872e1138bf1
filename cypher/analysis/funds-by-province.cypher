// Money (万元) each helped province received: aid flows (AID_FLOW) into any entity that lies in it.
MATCH (funder:Entity)-[r:FUNDS|INVESTS_IN|DONATES_TO]->(target:Entity)
WHERE target.provinceCode IS NOT NULL AND {{AID_FLOW}}
WITH target.provinceCode AS code, sum(r.amountWan) AS amountWan, count(r) AS relations, collect(r.sources) AS sourceLists
MATCH (p:Province {code: code})
RETURN p {.*, labels: labels(p)} AS area, amountWan, relations,
       reduce(acc = [], list IN sourceLists | acc + [s IN list WHERE NOT s IN acc]) AS sources
ORDER BY amountWan DESC, p.code
