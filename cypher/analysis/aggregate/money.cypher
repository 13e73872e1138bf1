// Money of the aid flows (fragments/aid-flow) in the client's scope, each relationship one item
// worth its amount, counted when its share (fragments/aid-flow-share) is $share: 'given' or
// 'planned'; then filtered and grouped by fragments/aggregate-of-facts.
MATCH (funder:Entity)-[r:FUNDS|INVESTS_IN|DONATES_TO]->(target:Entity)
WHERE
{{> fragments/aid-flow}}
AND {{> fragments/fact-in-scope}}
AND ($fundSources IS NULL OR r.fundSource IN $fundSources)
WITH funder, r, target,
{{> fragments/aid-flow-share}}
AS share
WITH r, funder AS helper, target AS helped, elementId(r) AS item, toFloat(r.amountWan) AS value,
     coalesce(r.year, toInteger(split(coalesce(r.period, ''), '-')[0])) AS year, share
WHERE share = $share
{{> fragments/aggregate-of-facts}}
