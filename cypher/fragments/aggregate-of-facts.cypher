// Included after the facts of an aggregate ({{> fragments/aggregate-of-facts}}): rows of
// `r` (the relationship that states the fact), `helper`, `helped`, `item` (what one unit of the
// measure is: a relationship, a counterpart, a project) and `value` (its amount, 1 for a count),
// and `year`. Keeps the facts of the chosen helpers ($helperIds: the party itself or the district
// it belongs to) and helped parties ($helpedIds: the party itself or an area it lies in), groups
// them by $groupBy (see src/model/aggregates.ts; $kinds orders the labels that tell a kind) and
// sums each item once per group, so a counterpart two pairings reach counts once and a project
// two helpers build is one project. The total is taken over all facts the same way (not the sum
// of the rows, which a fact stated by two documents would enter twice when grouped by DOCUMENT).
WITH r, helper, helped, item, value, year,
     COLLECT { MATCH (helper)-[:BELONGS_TO|PART_OF]->{0,2}(district:District) RETURN district.id LIMIT 1 }[0] AS district,
     CASE WHEN helped:Area THEN helped.id
          ELSE COLLECT { MATCH (helped)-[:LOCATED_IN|BELONGS_TO]->{1,2}(place:Area) RETURN place.id ORDER BY size(place.id) DESC LIMIT 1 }[0]
     END AS place
WHERE ($helperIds IS NULL OR helper.id IN $helperIds OR district IN $helperIds)
  AND ($helpedIds IS NULL OR any(wanted IN $helpedIds WHERE helped.id = wanted OR place STARTS WITH wanted))
WITH collect({r: r, helper: helper, helped: helped, item: item, value: value, year: year, district: district, place: place}) AS facts
CALL (facts) {
  UNWIND facts AS fact
  WITH fact, fact.r AS r
  UNWIND CASE WHEN 'DOCUMENT' IN $groupBy THEN r.sources ELSE [null] END AS document
  WITH fact, r, [dimension IN $groupBy | CASE dimension
    WHEN 'HELPING_DISTRICT' THEN fact.district
    WHEN 'HELPER' THEN fact.helper.id
    WHEN 'HELPER_KIND' THEN head([kind IN $kinds WHERE kind IN labels(fact.helper)])
    WHEN 'HELPED' THEN fact.helped.id
    WHEN 'HELPED_PROVINCE' THEN CASE WHEN size(fact.place) >= 2 THEN left(fact.place, 2) END
    WHEN 'HELPED_PREFECTURE' THEN CASE WHEN size(fact.place) >= 4 THEN left(fact.place, 4) END
    WHEN 'HELPED_COUNTY' THEN CASE WHEN size(fact.place) >= 6 THEN left(fact.place, 6) END
    WHEN 'MODE' THEN r.mode
    WHEN 'YEAR' THEN toString(fact.year)
    WHEN 'FUND_SOURCE' THEN r.fundSource
    WHEN 'DOCUMENT' THEN document
  END] AS keys
  WITH keys, fact.item AS item, max(fact.value) AS value, count(*) AS itemFacts, collect(r.sources) AS sourceLists
  WITH keys, sum(value) AS value, sum(itemFacts) AS factCount, collect(sourceLists) AS sourceListsOfItems
  WITH keys, value, factCount, reduce(acc = [], lists IN sourceListsOfItems | acc + reduce(inner = [], list IN lists | inner + list)) AS sourceList
  ORDER BY value DESC, keys
  LIMIT $maxRows
  RETURN collect({keys: keys, value: value, facts: factCount, sources: reduce(acc = [], s IN sourceList | CASE WHEN s IN acc THEN acc ELSE acc + s END)}) AS rows
}
CALL (facts) {
  UNWIND facts AS fact
  WITH fact.item AS item, max(fact.value) AS value, collect(fact.r.sources) AS sourceLists
  WITH sum(value) AS total, count(*) AS items, reduce(acc = [], list IN collect(sourceLists) | acc + reduce(inner = [], l IN list | inner + l)) AS sourceList
  RETURN total, reduce(acc = [], s IN sourceList | CASE WHEN s IN acc THEN acc ELSE acc + s END) AS sources
}
RETURN rows, coalesce(total, 0) AS total, size(facts) AS facts, sources
