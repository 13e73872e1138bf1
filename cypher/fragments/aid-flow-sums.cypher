// Included as the RETURN items of an aggregation over aid flows `r` with their `share`
// ({{> fragments/aid-flow-sums}}): what was given (the total), what was planned, what a larger
// total already counts, and every document behind any of them.
sum(CASE share WHEN 'given' THEN r.amountWan ELSE 0 END) AS amountWan,
count(CASE share WHEN 'given' THEN r END) AS relations,
sum(CASE share WHEN 'planned' THEN r.amountWan ELSE 0 END) AS plannedWan,
sum(CASE share WHEN 'within' THEN r.amountWan ELSE 0 END) AS withinLargerTotalsWan,
collect(r.sources) AS sourceLists
