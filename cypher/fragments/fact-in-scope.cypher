// Included after WHERE ({{> fragments/fact-in-scope}}) on a relationship `r`: whether it lies in
// the client's scope. $documents: only facts these documents state (null: any). $current: only
// pairings that have not ended (no `until`). $activeIn: only facts whose time covers that year:
// from `since` (a pairing), `year` or the first year of `period` (money), or else the year of the
// first report stating it, up to `until`, the last year of `period`, or open-ended.
($documents IS NULL OR any(source IN r.sources WHERE source IN $documents))
AND (NOT $current OR r.until IS NULL)
AND ($activeIn IS NULL OR (
  coalesce(
    r.since,
    toInteger(split(coalesce(toString(r.year), r.period, ''), '-')[0]),
    COLLECT { MATCH (stating:Document) WHERE stating.id IN r.sources RETURN toInteger(left(stating.publishedAt, 4)) AS year ORDER BY year LIMIT 1 }[0],
    0
  ) <= $activeIn
  AND coalesce(r.until, toInteger(split(coalesce(toString(r.year), r.period, ''), '-')[-1]), $activeIn) >= $activeIn
))
