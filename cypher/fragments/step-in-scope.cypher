// Included after WHERE ({{> fragments/step-in-scope}}) on a relationship `r` a walk takes (paths,
// neighbourhoods): the client's scope as fragments/fact-in-scope reads it, except that the
// official hierarchy (PART_OF) is always walkable, as a link no document needs to state, and a
// fact without `since` counts as active from any year (a walk cannot read documents' dates).
(type(r) = 'PART_OF' OR $documents IS NULL OR any(source IN r.sources WHERE source IN $documents))
AND (NOT $current OR r.until IS NULL)
AND ($activeIn IS NULL OR ((r.since IS NULL OR r.since <= $activeIn) AND (r.until IS NULL OR r.until >= $activeIn)))
