// Included after a WHERE on a relationship `r` from `a` to `b` ({{> fragments/relation-list-filter}}):
// the filters of a relationship list, each off when its parameter is null. $from/$to: the ids of
// its start and end; $party: either end; $toWithin: the id of an area its end lies in (an area
// by its code's prefix, an organisation or project by the area it belongs to or lies in);
// $mode: a pairing mode; then the client's scope (fragments/fact-in-scope).
($from IS NULL OR a.id = $from)
AND ($to IS NULL OR b.id = $to)
AND ($party IS NULL OR a.id = $party OR b.id = $party)
AND ($mode IS NULL OR r.mode = $mode)
AND ($toWithin IS NULL OR (b:Area AND b.id STARTS WITH $toWithin)
     OR EXISTS { (b)-[:BELONGS_TO|LOCATED_IN]->{1,2}(place:Area) WHERE place.id STARTS WITH $toWithin })
AND {{> fragments/fact-in-scope}}
