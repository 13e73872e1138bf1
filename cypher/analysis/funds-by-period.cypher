// Money (万元) of all aid flows (AID_FLOW) by the year or period the documents give it for
// ("2017", "2013-2017"); flows with neither are grouped under an empty period.
MATCH (funder:Entity)-[r:FUNDS|INVESTS_IN|DONATES_TO]->(target:Entity)
WHERE {{AID_FLOW}}
WITH coalesce(toString(r.year), r.period, '') AS period, sum(r.amountWan) AS amountWan, count(r) AS relations, collect(r.sources) AS sourceLists
WITH period, amountWan, relations, sourceLists, split(period, '-') AS years
RETURN period,
       toInteger(years[0]) AS startYear,
       toInteger(years[-1]) AS endYear,
       amountWan, relations,
       reduce(acc = [], list IN sourceLists | acc + [s IN list WHERE NOT s IN acc]) AS sources
ORDER BY endYear IS NULL, endYear, startYear, period
