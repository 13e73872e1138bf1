// Included as an expression ({{> fragments/aid-flow-share}}) for an aid flow `r` from `funder`
// to `target`: which share of a total it is.
//   'planned': the document announces it as planned (计划投入), not as given.
//   'within':  the same funder's larger amount to a place that contains the target (嘉定区 →
//              德钦县 inside 嘉定区 → 迪庆州; a project inside the county it lies in), or a larger
//              sum over years to the target itself (累计援助…), already counts it, unless both
//              periods are known and the larger one's does not cover it.
//   'given':   everything else: what totals add up.
// Reports give a total and then its parts; adding both would count the parts twice. The places
// that contain the target are read upwards from it (one parent a step), never down from them.
// $wholesWithin (null: anywhere): only a larger total to a place inside one of these areas counts,
// so an aggregate over chosen places (德钦县 alone) keeps a part whose whole (迪庆州) it leaves out.
CASE
  WHEN r.planned THEN 'planned'
  WHEN EXISTS {
    MATCH (target)-[:PART_OF|LOCATED_IN]->{0,4}(larger:Entity)
    MATCH (funder)-[whole:FUNDS|INVESTS_IN|DONATES_TO]->(larger)
    WHERE whole.amountWan >= r.amountWan AND whole.planned IS NULL
      AND (larger <> target OR (whole <> r AND whole.qualifier = 'cumulative'))
      AND ($wholesWithin IS NULL OR any(chosen IN $wholesWithin WHERE larger.id STARTS WITH chosen))
    WITH split(coalesce(toString(whole.year), whole.period), '-') AS wholeYears, split(coalesce(toString(r.year), r.period), '-') AS partYears
    WHERE wholeYears IS NULL OR partYears IS NULL
      OR (toInteger(wholeYears[0]) <= toInteger(partYears[0]) AND toInteger(wholeYears[-1]) >= toInteger(partYears[-1]))
  } THEN 'within'
  ELSE 'given'
END
