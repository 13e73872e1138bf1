// The pairings (PAIRS_WITH) in the client's scope of the chosen $modes: each relationship one
// item (PAIRINGS) or each helped party one item ($distinctCounterparts: COUNTERPARTS); then
// filtered and grouped by fragments/aggregate-of-facts.
MATCH ()-[r:PAIRS_WITH]->()
WITH r, startNode(r) AS helper, endNode(r) AS helped
WHERE ($modes IS NULL OR r.mode IN $modes)
  AND {{> fragments/fact-in-scope}}
WITH r, helper, helped, CASE WHEN $distinctCounterparts THEN helped.id ELSE elementId(r) END AS item, 1.0 AS value, r.since AS year
{{> fragments/aggregate-of-facts}}
