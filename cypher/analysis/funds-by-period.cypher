// Money (万元) of all aid flows (fragments/aid-flow) by the year or period the documents give it
// for ("2017", "2013-2017"), split into shares (fragments/aid-flow-share); flows with neither are
// grouped under an empty period.
MATCH (funder:Entity)-[r:FUNDS|INVESTS_IN|DONATES_TO]->(target:Entity)
WHERE
{{> fragments/aid-flow}}
WITH coalesce(toString(r.year), r.period, '') AS period, r,
{{> fragments/aid-flow-share}}
AS share
WITH period,
{{> fragments/aid-flow-sums}}
WITH period, amountWan, relations, plannedWan, withinLargerTotalsWan, sourceLists, split(period, '-') AS years
RETURN period,
       toInteger(years[0]) AS startYear,
       toInteger(years[-1]) AS endYear,
       amountWan, relations, plannedWan, withinLargerTotalsWan,
       reduce(acc = [], list IN sourceLists | acc + [s IN list WHERE NOT s IN acc]) AS sources
ORDER BY endYear IS NULL, endYear, startYear, period
